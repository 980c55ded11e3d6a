package dev.synckit.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import dev.synckit.core.testing.InMemoryTokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final MovableClock clock = new MovableClock(T0);
    private final ApiTokens tokens = new ApiTokens(store, new AuditLog() {
        @Override
        public void append(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return audit.reversed();
        }
    }, Set.of("web", "prod"), clock);

    @Test
    void aCreatedTokenHasTheDocumentedShapeAndChecksToItsScope() throws Exception {
        var created = tokens.create("ci", TokenScope.of(List.of("web"), List.of("deploy", "read")), "alice");

        assertTrue(created.plain().matches("sk_" + created.token().id() + "_[A-Za-z0-9_-]{43}"), created.plain());
        var checked = tokens.check(created.plain()).orElseThrow();
        assertEquals("ci", checked.name());
        assertTrue(checked.scope().allows(TokenAction.DEPLOY, "web"));
        assertFalse(checked.scope().allows(TokenAction.DEPLOY, "prod"));
        assertFalse(checked.scope().allows(TokenAction.EVENTS, "web"));
        assertEquals(List.of(new AuditEntry(T0, "alice", "token.created", "",
                "ci (" + created.token().id() + "): targets web, actions deploy,read")), audit);
    }

    @Test
    void aWrongSecretUnderAKnownIdAndAnythingMalformedAreRefused() throws Exception {
        var plain = tokens.create("ci", TokenScope.of(List.of("*"), List.of("read")), "alice").plain();
        var last = plain.charAt(plain.length() - 1) == 'A' ? "B" : "A";

        assertEquals(Optional.empty(), tokens.check(plain.substring(0, plain.length() - 1) + last));
        assertEquals(Optional.empty(), tokens.check(plain + "x"));
        assertEquals(Optional.empty(), tokens.check("sk_"));
        assertEquals(Optional.empty(), tokens.check(null));
        assertEquals(0, store.useWrites());
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        var plain = tokens.create("ci", TokenScope.of(List.of("*"), List.of("read")), "alice").plain();

        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertTrue(tokens.check(plain).isPresent());
        }
        assertEquals(1, store.useWrites(), "one write in the first minute");
        assertEquals(Optional.of(T0.plusSeconds(1)), tokens.list().getFirst().lastUsedAt());

        clock.advance(Duration.ofSeconds(11));
        assertEquals(Optional.of(T0.plusSeconds(61)), tokens.check(plain).orElseThrow().lastUsedAt());
        assertEquals(2, store.useWrites());
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndItsNameFreed() throws Exception {
        var created = tokens.create("ci", TokenScope.of(List.of("web"), List.of("deploy")), "alice");
        assertThrows(TokenRefusedException.class,
                () -> tokens.create("ci", TokenScope.of(List.of("web"), List.of("deploy")), "bob"));

        var revoked = tokens.revoke("ci", "bob").orElseThrow();
        assertEquals(Optional.of(T0), revoked.revokedAt());
        assertEquals(Optional.empty(), tokens.check(created.plain()));
        assertEquals(revoked, tokens.revoke(created.token().id(), "carol").orElseThrow(), "revoked once");
        assertEquals(List.of("token.created", "token.revoked"), audit.stream().map(AuditEntry::action).toList());
        tokens.create("ci", TokenScope.of(List.of("web"), List.of("deploy")), "bob");
        assertEquals(Optional.empty(), tokens.revoke("nobody", "bob"));
    }

    @Test
    void badScopesAndNamesAreRefusedWithTheReason() {
        assertEquals("there is no target named staging", assertThrows(TokenRefusedException.class, () ->
                tokens.create("ci", TokenScope.of(List.of("staging"), List.of("read")), "a")).getMessage());
        assertEquals("unknown action write; the actions are deploy, read and events",
                assertThrows(TokenRefusedException.class, () -> TokenScope.of(List.of("web"), List.of("write")))
                        .getMessage());
        assertThrows(TokenRefusedException.class, () -> TokenScope.of(List.of(" "), List.of("read")));
        assertThrows(TokenRefusedException.class, () -> TokenScope.of(List.of("*", "web"), List.of("read")));
        assertThrows(TokenRefusedException.class, () -> TokenScope.of(List.of("web"), List.of()));
        assertThrows(TokenRefusedException.class, () ->
                tokens.create("has space", TokenScope.of(List.of("web"), List.of("read")), "a"));
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
