package dev.synckit.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.testing.InMemoryLoginStore;
import dev.synckit.core.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sessions: tokens kept as hashes, sliding idle expiry, an absolute end, and revocation that works at once. */
class SessionsTest {

    private static final DiscordUser ALICE = new DiscordUser("42", "alice", Optional.empty(), true);
    private static final DiscordUser BOB = new DiscordUser("43", "bob", Optional.empty(), false);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final InMemoryLoginStore store = new InMemoryLoginStore();
    private final Sessions sessions = new Sessions(store, Duration.ofMinutes(30), Duration.ofHours(2), clock);

    @Test
    void theTokenIs256RandomBitsKeptOnlyAsItsSha256() {
        var opened = sessions.open(ALICE);
        var token = opened.token().reveal();

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(List.of(SessionToken.hashOf(token)), store.tokenHashes());
        assertNotEquals(token, SessionToken.hashOf(token));
        assertEquals("SessionToken[****]", opened.token().toString());
        assertNotEquals(token, sessions.open(ALICE).token().reveal());
    }

    @Test
    void eachUseExtendsTheIdleTime() {
        var token = sessions.open(ALICE).token().reveal();
        // 80 minutes in all: longer than the idle time, within the absolute end
        for (var i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(sessions.authenticate(token).isPresent(), "use " + i);
        }
        clock.advance(Duration.ofMinutes(30));

        assertEquals(Optional.empty(), sessions.authenticate(token));
    }

    @Test
    void theAbsoluteEndHoldsWhateverTheUse() {
        var token = sessions.open(ALICE).token().reveal();
        for (var i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(25));
            sessions.authenticate(token);
        }
        clock.advance(Duration.ofMinutes(5));

        assertEquals(Optional.empty(), sessions.authenticate(token));
    }

    @Test
    void logoutRevokeAndRevokeAllEndSessionsAtOnce() {
        var first = sessions.open(ALICE);
        var second = sessions.open(ALICE);
        var third = sessions.open(ALICE);
        var bobs = sessions.open(BOB);

        assertTrue(sessions.logout(first.token().reveal()));
        assertEquals(Optional.empty(), sessions.authenticate(first.token().reveal()));
        assertTrue(sessions.revoke(second.session().id()));
        assertEquals(Optional.empty(), sessions.authenticate(second.token().reveal()));
        assertEquals(List.of(third.session()), sessions.of("42"));
        assertEquals(1, sessions.revokeAllOf("42"));
        assertEquals(Optional.empty(), sessions.authenticate(third.token().reveal()));
        assertEquals(Optional.of(bobs.session()), sessions.authenticate(bobs.token().reveal()));
    }

    @Test
    void noTokenAndAWrongTokenProveNothing() {
        sessions.open(ALICE);

        assertEquals(Optional.empty(), sessions.authenticate(null));
        assertEquals(Optional.empty(), sessions.authenticate(""));
        assertEquals(Optional.empty(), sessions.authenticate("x".repeat(43)));
        assertEquals(false, sessions.logout("x"));
    }
}
