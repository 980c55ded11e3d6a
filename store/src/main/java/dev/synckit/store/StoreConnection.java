package dev.synckit.store;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives and how long it may take to answer.
 *
 * @param jdbcUrl            {@code jdbc:h2:file:/abs/data/synckit} (or any H2 URL), or {@code jdbc:postgresql://…}
 * @param consumerMigrations the embedding application's own Flyway location (e.g. {@code classpath:db/myapp}),
 *                           applied after synckit's with its own history table {@code app_schema_history}
 * @param queryTimeout       the longest wait for a pooled connection, and for one statement
 */
public record StoreConnection(String jdbcUrl, String user, String password, Optional<String> consumerMigrations,
        Duration queryTimeout) {

    public StoreConnection {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(consumerMigrations, "consumerMigrations");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
        Dialect.of(jdbcUrl);
        // Hikari refuses waits shorter than 250 ms
        if (queryTimeout.compareTo(Duration.ofMillis(250)) < 0) {
            throw new IllegalArgumentException("store query timeout must be at least 250 ms, was " + queryTimeout);
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "StoreConnection[" + Dialect.of(jdbcUrl).displayName() + ", user=" + user + ", consumerMigrations="
                + consumerMigrations.orElse("none") + ", queryTimeout=" + queryTimeout + "]";
    }
}
