package dev.synckit.core.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser's signed-in session. The token that proves it is never kept; {@code id} names the session in lists and
 * for revocation and proves nothing.
 *
 * @param lastUsedAt when a request last showed it; it ends after the idle time without one
 * @param expiresAt  the absolute end, however much it is used
 */
public record Session(String id, DiscordUser user, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether it is still good at {@code now}: used within {@code idle}, and before its absolute end. */
    public boolean validAt(Instant now, Duration idle) {
        return now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idle));
    }
}
