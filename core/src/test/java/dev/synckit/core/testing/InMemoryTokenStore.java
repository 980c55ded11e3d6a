package dev.synckit.core.testing;

import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.TokenStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Tokens in a map, with a count of the writes of last use, for the tests of core and of the webserver. */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<String, HashedToken> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger useWrites = new AtomicInteger();

    @Override
    public synchronized boolean insert(ApiToken token, String hash) {
        if (tokens.values().stream().anyMatch(t -> !t.token().revoked() && t.token().name().equals(token.name()))) {
            return false;
        }
        tokens.put(token.id(), new HashedToken(token, hash));
        return true;
    }

    @Override
    public Optional<HashedToken> find(String id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public List<ApiToken> all() {
        return tokens.values().stream().map(HashedToken::token)
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed()).toList();
    }

    @Override
    public synchronized boolean revoke(String id, Instant at) {
        var held = tokens.get(id);
        if (held == null || held.token().revoked()) {
            return false;
        }
        var t = held.token();
        tokens.put(id, new HashedToken(new ApiToken(t.id(), t.name(), t.scope(), t.createdBy(), t.createdAt(),
                t.lastUsedAt(), Optional.of(at)), held.hash()));
        return true;
    }

    @Override
    public synchronized void used(String id, Instant at, Instant notBefore) {
        var held = tokens.get(id);
        var t = held.token();
        if (t.lastUsedAt().isPresent() && t.lastUsedAt().get().isAfter(notBefore)) {
            return;
        }
        useWrites.incrementAndGet();
        tokens.put(id, new HashedToken(new ApiToken(t.id(), t.name(), t.scope(), t.createdBy(), t.createdAt(),
                Optional.of(at), t.revokedAt()), held.hash()));
    }

    /** How often a use was written. */
    public int useWrites() {
        return useWrites.get();
    }
}
