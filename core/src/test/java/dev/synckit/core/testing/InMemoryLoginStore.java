package dev.synckit.core.testing;

import dev.synckit.core.login.LoginAttempt;
import dev.synckit.core.login.LoginAttemptStore;
import dev.synckit.core.login.Session;
import dev.synckit.core.login.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Login attempts and sessions in memory, keyed as the real store keys them (the real one: store/). */
public final class InMemoryLoginStore implements LoginAttemptStore, SessionStore {

    private final Map<String, LoginAttempt> attempts = new ConcurrentHashMap<>();
    private final Map<String, Session> sessionsByHash = new ConcurrentHashMap<>();

    @Override
    public void save(LoginAttempt attempt) {
        attempts.put(attempt.state(), attempt);
    }

    @Override
    public Optional<LoginAttempt> take(String state) {
        return Optional.ofNullable(attempts.remove(state));
    }

    @Override
    public int forgetExpired(Instant now) {
        var expired = attempts.values().stream().filter(a -> !now.isBefore(a.expiresAt())).toList();
        expired.forEach(a -> attempts.remove(a.state()));
        return expired.size();
    }

    @Override
    public void create(Session session, String tokenHash) {
        sessionsByHash.put(tokenHash, session);
    }

    @Override
    public Optional<Session> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(sessionsByHash.get(tokenHash));
    }

    @Override
    public void touch(String sessionId, Instant usedAt) {
        sessionsByHash.replaceAll((hash, s) -> s.id().equals(sessionId)
                ? new Session(s.id(), s.user(), s.createdAt(), usedAt, s.expiresAt()) : s);
    }

    @Override
    public boolean deleteByTokenHash(String tokenHash) {
        return sessionsByHash.remove(tokenHash) != null;
    }

    @Override
    public boolean delete(String sessionId) {
        return sessionsByHash.values().removeIf(s -> s.id().equals(sessionId));
    }

    @Override
    public int deleteAllOf(String userId) {
        var before = sessionsByHash.size();
        sessionsByHash.values().removeIf(s -> s.user().id().equals(userId));
        return before - sessionsByHash.size();
    }

    @Override
    public List<Session> of(String userId) {
        return sessionsByHash.values().stream().filter(s -> s.user().id().equals(userId))
                .sorted(Comparator.comparing(Session::createdAt).reversed()).toList();
    }

    @Override
    public int deleteExpired(Instant now, Instant unusedSince) {
        var before = sessionsByHash.size();
        sessionsByHash.values().removeIf(s -> !now.isBefore(s.expiresAt()) || !unusedSince.isBefore(s.lastUsedAt()));
        return before - sessionsByHash.size();
    }

    /** Every token hash kept, to show that no raw token is. */
    public List<String> tokenHashes() {
        return List.copyOf(sessionsByHash.keySet());
    }
}
