package dev.synckit.core.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where tokens are kept: their scope and the SHA-256 of the token, never the token. */
public interface TokenStore {

    /**
     * Stores a new token.
     *
     * @return false when a token that is not revoked already has this name
     */
    boolean insert(ApiToken token, String hash);

    /** The token of this id with its hash, revoked or not. */
    Optional<HashedToken> find(String id);

    /** Every token, revoked ones included, newest first. */
    List<ApiToken> all();

    /**
     * Marks the token revoked at {@code at} unless it already is.
     *
     * @return true when this call revoked it
     */
    boolean revoke(String id, Instant at);

    /** Records a use at {@code at}, unless one after {@code notBefore} is recorded already. */
    void used(String id, Instant at, Instant notBefore);

    /** A stored token and the hex SHA-256 of its secret. */
    record HashedToken(ApiToken token, String hash) {
    }
}
