package dev.synckit.store.testing;

import dev.synckit.store.StoreConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A database of its own for one test class, reached by the store under test and, beside it, by plain JDBC. */
public interface TestDatabase extends AutoCloseable {

    Duration QUERY_TIMEOUT = Duration.ofSeconds(2);

    String jdbcUrl();

    String user();

    String password();

    default StoreConnection connection() {
        return connection(Optional.empty());
    }

    default StoreConnection connection(Optional<String> consumerMigrations) {
        return new StoreConnection(jdbcUrl(), user(), password(), consumerMigrations, QUERY_TIMEOUT);
    }

    default List<List<Object>> query(String sql) {
        return Jdbc.query(jdbcUrl(), user(), password(), sql);
    }

    default void execute(String sql) {
        Jdbc.execute(jdbcUrl(), user(), password(), sql);
    }

    /** Empties synckit's tables between tests. */
    default void clean() {
        for (var table : List.of("new_version_event", "deployment_progress", "deployment", "target_lock", "audit_log",
                "chat_message", "chat_claim", "chat_setting", "login_attempt", "login_session", "api_token", "person")) {
            execute("DELETE FROM " + table);
        }
    }

    @Override
    void close();

    /** A database reached at {@code jdbcUrl}, owned by someone else: closing the view leaves it alone. */
    static TestDatabase at(String jdbcUrl, String user, String password) {
        return new Reached(jdbcUrl, user, password);
    }

    /** See {@link #at}. */
    record Reached(String jdbcUrl, String user, String password) implements TestDatabase {

        @Override
        public void close() {
        }
    }
}
