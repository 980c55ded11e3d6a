package dev.synckit.webhooks;

import dev.synckit.core.token.ApiToken;
import java.util.Optional;

/**
 * Finds the scoped API token a presented bearer token is ({@code ApiTokens::check} in the service): empty for
 * anything else, revoked tokens included.
 */
@FunctionalInterface
public interface ScopedTokens {

    /** No scoped tokens: only the environment's secrets open anything. */
    ScopedTokens NONE = presented -> Optional.empty();

    Optional<ApiToken> check(String presented);
}
