package dev.synckit.store;

import java.time.Duration;
import java.util.Map;

/** The two databases synckit runs on, and the few settings in which they differ. */
enum Dialect {
    H2("jdbc:h2:", "H2"),
    POSTGRESQL("jdbc:postgresql:", "PostgreSQL");

    private final String urlPrefix;
    private final String displayName;

    Dialect(String urlPrefix, String displayName) {
        this.urlPrefix = urlPrefix;
        this.displayName = displayName;
    }

    static Dialect of(String jdbcUrl) {
        for (var dialect : values()) {
            if (jdbcUrl.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("store URL must start with jdbc:h2: or jdbc:postgresql:, was "
                + jdbcUrl.substring(0, Math.min(jdbcUrl.indexOf(':', 5) + 1, jdbcUrl.length())));
    }

    String displayName() {
        return displayName;
    }

    /** Runs on every new connection: the server itself stops a statement (or a lock wait) after the timeout. */
    String sessionSetup(Duration queryTimeout) {
        var millis = queryTimeout.toMillis();
        return switch (this) {
            case H2 -> "SET QUERY_TIMEOUT " + millis + "; SET LOCK_TIMEOUT " + millis;
            case POSTGRESQL -> "SET statement_timeout = " + millis;
        };
    }

    /** The isolation level in which one transaction sees one snapshot of every table, taken at its first read. */
    String snapshotIsolation() {
        return switch (this) {
            // H2's REPEATABLE READ takes each table's snapshot at that table's first read
            case H2 -> "SNAPSHOT";
            case POSTGRESQL -> "REPEATABLE READ";
        };
    }

    /**
     * Driver settings, as Hikari {@code dataSource.*} properties: a dead or silent PostgreSQL must fail the connect
     * and the read instead of hanging. H2's driver refuses unknown settings, and its server enforces the timeouts.
     */
    Map<String, String> driverProperties(Duration queryTimeout) {
        var seconds = Math.max(1, (queryTimeout.toMillis() + 999) / 1000);
        return switch (this) {
            case H2 -> Map.of();
            // the socket timeout leaves the server time to cancel the statement itself and say why
            case POSTGRESQL -> Map.of(
                    "dataSource.connectTimeout", Long.toString(seconds),
                    "dataSource.loginTimeout", Long.toString(seconds),
                    "dataSource.socketTimeout", Long.toString(seconds * 2 + 5));
        };
    }
}
