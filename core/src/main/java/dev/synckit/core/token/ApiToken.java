package dev.synckit.core.token;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scoped API token as people see it: never the token itself, which is shown once at creation and then kept only
 * as a hash.
 *
 * @param id        the public part of the token ({@code sk_<id>_…}), to find it without a scan
 * @param createdBy who created it: a Discord user id, or {@code api}
 */
public record ApiToken(String id, String name, TokenScope scope, String createdBy, Instant createdAt,
        Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }

    /** How the token appears as an actor in deployments and the audit log. */
    public String actor() {
        return "token:" + name;
    }
}
