package dev.synckit.core.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens, checks and ends browser sessions. A session ends after {@code idle} without use, at {@code max} after
 * its login whatever the use, or when revoked; a revoked or expired session is refused on the very next request,
 * since every check reads the store.
 */
public final class Sessions {

    /** A use is written at most this often per session, so that a busy page does not write on every request. */
    private static final Duration LONGEST_TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SessionStore store;
    private final Duration idle;
    private final Duration max;
    private final Duration touchInterval;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sessions(SessionStore store, Duration idle, Duration max, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.max = Objects.requireNonNull(max, "max");
        this.clock = Objects.requireNonNull(clock, "clock");
        var tenth = idle.dividedBy(10);
        this.touchInterval = tenth.compareTo(LONGEST_TOUCH_INTERVAL) < 0 ? tenth : LONGEST_TOUCH_INTERVAL;
    }

    /** A new session for {@code user}; the token is shown to the browser once and kept only as its hash. */
    public Opened open(DiscordUser user) {
        var now = clock.instant();
        store.deleteExpired(now, now.minus(idle));
        var token = SessionToken.random(random);
        var id = new byte[16];
        random.nextBytes(id);
        var session = new Session(HexFormat.of().formatHex(id), user, now, now, now.plus(max));
        store.create(session, token.hash());
        return new Opened(session, token);
    }

    /** The session the presented token proves, when it is still good; a use extends its idle time. */
    public Optional<Session> authenticate(String presentedToken) {
        if (presentedToken == null || presentedToken.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var found = store.findByTokenHash(SessionToken.hashOf(presentedToken)).filter(s -> s.validAt(now, idle));
        found.filter(s -> !now.isBefore(s.lastUsedAt().plus(touchInterval)))
                .ifPresent(s -> store.touch(s.id(), now));
        return found;
    }

    /** Ends the session of the presented token (a logout); false when there was none. */
    public boolean logout(String presentedToken) {
        return presentedToken != null && !presentedToken.isEmpty()
                && store.deleteByTokenHash(SessionToken.hashOf(presentedToken));
    }

    public boolean revoke(String sessionId) {
        return store.delete(sessionId);
    }

    /** Ends every session of a user, e.g. when they lose the maintainer role; answers how many. */
    public int revokeAllOf(String userId) {
        return store.deleteAllOf(userId);
    }

    /** The user's sessions that are still good, newest first. */
    public List<Session> of(String userId) {
        var now = clock.instant();
        return store.of(userId).stream().filter(s -> s.validAt(now, idle)).toList();
    }

    /** A session just opened and the token that proves it. */
    public record Opened(Session session, SessionToken token) {
    }
}
