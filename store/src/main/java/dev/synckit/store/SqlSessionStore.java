package dev.synckit.store;

import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.login.Session;
import dev.synckit.core.login.SessionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions in table {@code login_session}, by the SHA-256 of their token; the token itself never reaches it. */
final class SqlSessionStore implements SessionStore {

    private static final String COLUMNS =
            "session_id, user_id, username, avatar, maintainer, created_at, last_used_at, expires_at";

    private final Database database;

    SqlSessionStore(Database database) {
        this.database = database;
    }

    @Override
    public void create(Session session, String tokenHash) {
        var user = session.user();
        database.write("opening a session", "INSERT INTO login_session (" + COLUMNS + ", token_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                session.id(), user.id(), user.username(), user.avatar().orElse(null), user.maintainer(),
                UtcMillis.of(session.createdAt()), UtcMillis.of(session.lastUsedAt()),
                UtcMillis.of(session.expiresAt()), tokenHash);
    }

    @Override
    public Optional<Session> findByTokenHash(String tokenHash) {
        return database.one("reading a session",
                "SELECT " + COLUMNS + " FROM login_session WHERE token_hash = ?", tokenHash)
                .map(SqlSessionStore::toSession);
    }

    @Override
    public void touch(String sessionId, Instant usedAt) {
        // never moves a use backwards when two requests of one browser touch at once
        database.write("recording a session's use",
                "UPDATE login_session SET last_used_at = ? WHERE session_id = ? AND last_used_at < ?",
                UtcMillis.of(usedAt), sessionId, UtcMillis.of(usedAt));
    }

    @Override
    public boolean deleteByTokenHash(String tokenHash) {
        return database.write("ending a session", "DELETE FROM login_session WHERE token_hash = ?", tokenHash) > 0;
    }

    @Override
    public boolean delete(String sessionId) {
        return database.write("revoking a session", "DELETE FROM login_session WHERE session_id = ?", sessionId) > 0;
    }

    @Override
    public int deleteAllOf(String userId) {
        return (int) database.write("revoking a user's sessions", "DELETE FROM login_session WHERE user_id = ?",
                userId);
    }

    @Override
    public List<Session> of(String userId) {
        return database.many("reading a user's sessions", "SELECT " + COLUMNS
                        + " FROM login_session WHERE user_id = ? ORDER BY created_at DESC, session_id", userId)
                .stream().map(SqlSessionStore::toSession).toList();
    }

    @Override
    public int deleteExpired(Instant now, Instant unusedSince) {
        return (int) database.write("forgetting expired sessions",
                "DELETE FROM login_session WHERE expires_at <= ? OR last_used_at <= ?",
                UtcMillis.of(now), UtcMillis.of(unusedSince));
    }

    private static Session toSession(ResultRow row) {
        var user = new DiscordUser(row.text("user_id"), row.text("username"), row.optionalText("avatar"),
                row.bool("maintainer"));
        return new Session(row.text("session_id"), user, row.instant("created_at"), row.instant("last_used_at"),
                row.instant("expires_at"));
    }
}
