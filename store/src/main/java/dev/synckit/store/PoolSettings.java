package dev.synckit.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The Hikari settings of one store, shared by the DB Client pool and the short-lived migration pool. */
final class PoolSettings {

    private static final int MAX_CONNECTIONS = 10;
    private static final int MIN_IDLE = 2;
    /** Flyway holds one connection for its lock and history table and migrates on another. */
    private static final int MIGRATION_CONNECTIONS = 2;

    private final StoreConnection connection;
    private final Dialect dialect;

    PoolSettings(StoreConnection connection) {
        this.connection = connection;
        this.dialect = Dialect.of(connection.jdbcUrl());
    }

    Dialect dialect() {
        return dialect;
    }

    StoreConnection connection() {
        return connection;
    }

    /** Hikari's own property names, without the URL and the credentials. */
    Map<String, String> hikariProperties(String poolName, int maxConnections) {
        var timeout = connection.queryTimeout().toMillis();
        var properties = new LinkedHashMap<String, String>();
        properties.put("poolName", poolName);
        properties.put("maximumPoolSize", Integer.toString(maxConnections));
        properties.put("minimumIdle", Integer.toString(Math.min(MIN_IDLE, maxConnections)));
        properties.put("connectionTimeout", Long.toString(timeout));
        properties.put("validationTimeout", Long.toString(timeout));
        properties.put("connectionInitSql", dialect.sessionSetup(connection.queryTimeout()));
        properties.putAll(dialect.driverProperties(connection.queryTimeout()));
        return properties;
    }

    Map<String, String> servingPool() {
        return hikariProperties("synckit-store", MAX_CONNECTIONS);
    }

    /** The same settings with the URL and credentials, for a pool built directly on Hikari. */
    Properties migrationPool() {
        var properties = new Properties();
        properties.putAll(hikariProperties("synckit-migrations", MIGRATION_CONNECTIONS));
        return withCredentials(properties);
    }

    /**
     * One connection for a backup or a restore: it connects as fast as the serving pool or fails, but one statement
     * (reading or deleting a whole table) may take up to {@code statementTimeout}.
     */
    Properties bulkPool(Duration statementTimeout) {
        var properties = new Properties();
        properties.putAll(hikariProperties("synckit-backup", 1));
        properties.setProperty("connectionInitSql", dialect.sessionSetup(statementTimeout));
        dialect.driverProperties(statementTimeout).entrySet().stream()
                .filter(entry -> entry.getKey().equals("dataSource.socketTimeout"))
                .forEach(entry -> properties.setProperty(entry.getKey(), entry.getValue()));
        return withCredentials(properties);
    }

    private Properties withCredentials(Properties properties) {
        properties.setProperty("jdbcUrl", connection.jdbcUrl());
        properties.setProperty("username", connection.user());
        properties.setProperty("password", connection.password());
        return properties;
    }
}
