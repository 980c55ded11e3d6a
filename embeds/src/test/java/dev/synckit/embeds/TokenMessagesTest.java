package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.token.TokenAction;
import dev.synckit.core.token.TokenScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenMessagesTest {

    private static final Instant T0 = Instant.parse("2026-06-10T12:00:00Z");
    private static final ApiToken CI = new ApiToken("a1b2c3d4e5f6", "ci", new TokenScope(false, Set.of("web", "api"),
            Set.of(TokenAction.READ, TokenAction.DEPLOY)), "42", T0, Optional.of(T0.plusSeconds(60)), Optional.empty());
    private static final ApiToken FARM = new ApiToken("0f0f0f0f0f0f", "farm", new TokenScope(true, Set.of(),
            Set.of(TokenAction.EVENTS)), "api", T0, Optional.empty(), Optional.empty());

    @Test
    void theCreationShowsTheTokenOnceWithHowToUseIt() {
        assertEquals("""
                Created token `ci` (targets api, web; deploy, read).
                Copy it now into your CI's secrets; it is never shown again:
                ```
                sk_a1b2c3d4e5f6_secret
                ```Use it as `Authorization: Bearer <token>`. `/token revoke ci` stops it at once.""",
                TokenMessages.created(new ApiTokens.CreatedToken(CI, "sk_a1b2c3d4e5f6_secret")));
    }

    @Test
    void theListShowsScopeAndLastUseOfLiveTokensAndCountsTheRevoked() {
        var revoked = new ApiToken("ffffffffffff", "old", FARM.scope(), "api", T0, Optional.empty(),
                Optional.of(T0));
        var embed = TokenMessages.list(List.of(CI, FARM, revoked)).embed();
        assertEquals("API tokens", embed.getTitle());
        assertEquals("""
                `ci` (`a1b2c3d4e5f6`) · targets api, web; deploy, read · last used <t:1781092860:R>
                `farm` (`0f0f0f0f0f0f`) · every target; events · never used
                -# and 1 revoked""", embed.getDescription());
        assertEquals("No tokens yet. `/token create` makes one.", TokenMessages.list(List.of()).embed()
                .getDescription());
    }

    @Test
    void aRevocationSaysWhenAndNamesAreShownAsCode() {
        var revoked = new ApiToken(CI.id(), CI.name(), CI.scope(), "42", T0, Optional.empty(), Optional.of(T0));
        assertEquals("Token `ci` is revoked (<t:1781092800:R>): it is refused from now on.",
                TokenMessages.revoked(revoked));
        assertEquals("There is no token named `a'b`.", TokenMessages.unknown("a`b"));
    }
}
