package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.token.TokenAction;
import dev.synckit.core.token.TokenScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every TokenStore must do, run against each backend, also through the token service as it uses it. */
abstract class TokenStoreContract extends StoreFixture {

    private static final TokenScope DEPLOY_WEB = new TokenScope(false, Set.of("web", "api"),
            Set.of(TokenAction.DEPLOY, TokenAction.READ));

    private static ApiToken token(String id, String name, Instant at) {
        return new ApiToken(id, name, DEPLOY_WEB, "alice", at, Optional.empty(), Optional.empty());
    }

    @Test
    void aTokenIsStoredWithItsHashAndScopeAndListedNewestFirst() {
        assertTrue(store.tokens().insert(token("a1", "ci", T0), "00ff"));
        assertTrue(store.tokens().insert(new ApiToken("b2", "farm", new TokenScope(true, Set.of(),
                Set.of(TokenAction.EVENTS)), "api", at(5), Optional.empty(), Optional.empty()), "11ee"));

        var found = store.tokens().find("a1").orElseThrow();
        assertEquals("00ff", found.hash());
        assertEquals(token("a1", "ci", millis(T0)), found.token());
        assertEquals(List.of("b2", "a1"), store.tokens().all().stream().map(ApiToken::id).toList());
        assertEquals(Set.of("*"), store.tokens().find("b2").orElseThrow().token().scope().targetNames());
        assertEquals(Optional.empty(), store.tokens().find("zz"));
    }

    @Test
    void aNameIsTakenWhileItsTokenLivesAndFreeOnceRevoked() {
        assertTrue(store.tokens().insert(token("a1", "ci", T0), "00"));
        assertFalse(store.tokens().insert(token("a2", "ci", at(1)), "01"));

        assertTrue(store.tokens().revoke("a1", at(2)));
        assertFalse(store.tokens().revoke("a1", at(3)), "revoked once");
        assertEquals(Optional.of(millis(at(2))), store.tokens().find("a1").orElseThrow().token().revokedAt());
        assertTrue(store.tokens().insert(token("a2", "ci", at(4)), "02"));
    }

    @Test
    void aUseIsRecordedUnlessARecentOneIs() {
        store.tokens().insert(token("a1", "ci", T0), "00");
        store.tokens().used("a1", at(10), at(-50));
        store.tokens().used("a1", at(20), at(-40));
        assertEquals(Optional.of(millis(at(10))), store.tokens().find("a1").orElseThrow().token().lastUsedAt());

        store.tokens().used("a1", at(80), at(20));
        assertEquals(Optional.of(millis(at(80))), store.tokens().find("a1").orElseThrow().token().lastUsedAt());
    }

    @Test
    void theServiceChecksRevokesAndAuditsAgainstTheStore() throws Exception {
        var tokens = new ApiTokens(store.tokens(), store.audit(), Set.of("web", "api"),
                Clock.fixed(T0, ZoneOffset.UTC));
        var created = tokens.create("ci", DEPLOY_WEB, "alice");

        var checked = tokens.check(created.plain()).orElseThrow();
        assertTrue(checked.scope().allows(TokenAction.DEPLOY, "web"));
        assertEquals(Optional.of(millis(T0)), store.tokens().find(created.token().id()).orElseThrow().token()
                .lastUsedAt());
        var sha256 = MessageDigest.getInstance("SHA-256").digest(created.plain().getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(sha256), store.tokens().find(created.token().id()).orElseThrow().hash());

        tokens.revoke("ci", "bob");
        assertEquals(Optional.empty(), tokens.check(created.plain()));
        assertEquals(List.of("token.revoked", "token.created"),
                store.audit().recent(10).stream().map(AuditEntry::action).toList());
        assertEquals(List.of("bob", "alice"), store.audit().recent(10).stream().map(AuditEntry::actor).toList());
    }
}
