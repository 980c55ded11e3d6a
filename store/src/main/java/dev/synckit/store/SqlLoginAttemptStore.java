package dev.synckit.store;

import dev.synckit.core.login.LoginAttempt;
import dev.synckit.core.login.LoginAttemptStore;
import java.time.Instant;
import java.util.Optional;

/** Login attempts in table {@code login_attempt}; the delete decides which of two callbacks gets an attempt. */
final class SqlLoginAttemptStore implements LoginAttemptStore {

    private final Database database;

    SqlLoginAttemptStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(LoginAttempt attempt) {
        database.write("saving a login attempt",
                "INSERT INTO login_attempt (state, code_verifier, return_path, expires_at) VALUES (?, ?, ?, ?)",
                attempt.state(), attempt.codeVerifier(), attempt.returnPath(), UtcMillis.of(attempt.expiresAt()));
    }

    @Override
    public Optional<LoginAttempt> take(String state) {
        return database.inTransaction("taking a login attempt", tx -> {
            var row = tx.get("SELECT state, code_verifier, return_path, expires_at FROM login_attempt WHERE state = ?",
                    state).map(ResultRow::of);
            // only the caller whose delete removed the row owns the attempt
            if (row.isEmpty() || tx.dml("DELETE FROM login_attempt WHERE state = ?", state) != 1) {
                return Optional.empty();
            }
            return row.map(r -> new LoginAttempt(r.text("state"), r.text("code_verifier"), r.text("return_path"),
                    r.instant("expires_at")));
        });
    }

    @Override
    public int forgetExpired(Instant now) {
        return (int) database.write("forgetting expired login attempts",
                "DELETE FROM login_attempt WHERE expires_at <= ?", UtcMillis.of(now));
    }
}
