package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.login.LoginAttempt;
import dev.synckit.core.login.Session;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the login attempt and session stores must do, run against each backend. */
abstract class LoginStoreContract extends StoreFixture {

    private static final DiscordUser ALICE = new DiscordUser("4200", "alice", Optional.of("a1b2"), true);
    private static final DiscordUser BOB = new DiscordUser("4300", "bob", Optional.empty(), false);
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);

    private static Session session(String id, DiscordUser user, long createdSeconds) {
        return new Session(id, user, at(createdSeconds), at(createdSeconds), at(createdSeconds + 3600));
    }

    @Test
    void anAttemptIsTakenOnceWithEverythingItHeld() {
        store.loginAttempts().save(new LoginAttempt("state-1", "verifier-1", "/dashboard?x=1", T0));

        assertEquals(Optional.of(new LoginAttempt("state-1", "verifier-1", "/dashboard?x=1", millis(T0))),
                store.loginAttempts().take("state-1"));
        assertEquals(Optional.empty(), store.loginAttempts().take("state-1"));
        assertEquals(Optional.empty(), store.loginAttempts().take("unknown"));
    }

    @Test
    void ofConcurrentTakesExactlyOneGetsTheAttempt() throws Exception {
        store.loginAttempts().save(new LoginAttempt("state-1", "verifier-1", "/", T0));

        var answers = Race.run(8, i -> store.loginAttempts().take("state-1"));

        assertEquals(1, answers.stream().filter(Optional::isPresent).count(), answers.toString());
    }

    @Test
    void expiredAttemptsAreForgotten() {
        store.loginAttempts().save(new LoginAttempt("old", "v", "/", at(10)));
        store.loginAttempts().save(new LoginAttempt("new", "v", "/", at(11)));

        assertEquals(1, store.loginAttempts().forgetExpired(at(10)));
        assertEquals(Optional.empty(), store.loginAttempts().take("old"));
        assertTrue(store.loginAttempts().take("new").isPresent());
    }

    @Test
    void aSessionIsFoundByItsTokenHashWithItsUser() {
        store.sessions().create(session("s1", ALICE, 0), HASH_A);
        store.sessions().create(session("s2", BOB, 1), HASH_B);

        assertEquals(Optional.of(new Session("s1", ALICE, millis(T0), millis(T0), millis(at(3600)))),
                store.sessions().findByTokenHash(HASH_A));
        assertEquals(Optional.of(BOB), store.sessions().findByTokenHash(HASH_B).map(Session::user));
        assertEquals(Optional.empty(), store.sessions().findByTokenHash(HASH_C));
        assertEquals(List.of(List.of("s1", HASH_A), List.of("s2", HASH_B)),
                database.query("SELECT session_id, token_hash FROM login_session ORDER BY session_id"));
    }

    @Test
    void aTouchMovesTheLastUseForwardOnly() {
        store.sessions().create(session("s1", ALICE, 0), HASH_A);

        store.sessions().touch("s1", at(60));
        store.sessions().touch("s1", at(30));

        assertEquals(Optional.of(millis(at(60))), store.sessions().findByTokenHash(HASH_A).map(Session::lastUsedAt));
    }

    @Test
    void sessionsEndByTokenByIdAndAllOfAUser() {
        store.sessions().create(session("s1", ALICE, 0), HASH_A);
        store.sessions().create(session("s2", ALICE, 1), HASH_B);
        store.sessions().create(session("s3", BOB, 2), HASH_C);

        assertEquals(List.of("s2", "s1"), store.sessions().of("4200").stream().map(Session::id).toList());
        assertTrue(store.sessions().deleteByTokenHash(HASH_A));
        assertFalse(store.sessions().deleteByTokenHash(HASH_A));
        assertTrue(store.sessions().delete("s2"));
        assertFalse(store.sessions().delete("s2"));
        store.sessions().create(session("s4", ALICE, 3), HASH_A);
        assertEquals(1, store.sessions().deleteAllOf("4200"));
        assertEquals(List.of(), store.sessions().of("4200"));
        assertEquals(List.of("s3"), store.sessions().of("4300").stream().map(Session::id).toList());
    }

    @Test
    void expiredAndIdleSessionsAreForgotten() {
        store.sessions().create(new Session("past-end", ALICE, at(0), at(500), at(100)), HASH_A);
        store.sessions().create(new Session("idle", ALICE, at(0), at(10), at(3600)), HASH_B);
        store.sessions().create(new Session("good", BOB, at(0), at(50), at(3600)), HASH_C);

        assertEquals(2, store.sessions().deleteExpired(at(100), at(20)));
        assertEquals(List.of("good"), store.sessions().of("4300").stream().map(Session::id).toList());
        assertEquals(List.of(), store.sessions().of("4200"));
    }
}
