package dev.synckit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The fingerprint of each migration set as it was when Flyway last brought the schema up to date with it, one row
 * per history table. Kept beside Flyway's history, outside synckit's migrations (so never in a backup: a restored
 * store has none, and its next start runs Flyway).
 */
final class AppliedFingerprints {

    static final String TABLE = "synckit_schema_fingerprint";

    private AppliedFingerprints() {
    }

    /** What was recorded for the history table; none before the first record (the table may not exist yet). */
    static Optional<MigrationFingerprint> recorded(DataSource dataSource, String historyTable) {
        try (var connection = dataSource.getConnection()) {
            // asked first rather than failing the query: H2 writes every failed statement to a trace file
            if (!exists(connection)) {
                return Optional.empty();
            }
            try (var query = connection.prepareStatement(
                    "SELECT fingerprint FROM " + TABLE + " WHERE history_table = ?")) {
                query.setString(1, historyTable);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new MigrationFingerprint(rows.getString(1))) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            // no answer: Flyway runs and has its say
            return Optional.empty();
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        var metaData = connection.getMetaData();
        var name = metaData.storesUpperCaseIdentifiers() ? TABLE.toUpperCase(Locale.ROOT) : TABLE;
        try (var tables = metaData.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Records the fingerprint of a set Flyway just brought the schema up to date with. */
    static void record(DataSource dataSource, String historyTable, MigrationFingerprint fingerprint)
            throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                            + " (history_table VARCHAR(128) PRIMARY KEY, fingerprint VARCHAR(64) NOT NULL)");
                }
                try (var delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE history_table = ?");
                     var insert = connection.prepareStatement(
                             "INSERT INTO " + TABLE + " (history_table, fingerprint) VALUES (?, ?)")) {
                    delete.setString(1, historyTable);
                    delete.executeUpdate();
                    insert.setString(1, historyTable);
                    insert.setString(2, fingerprint.value());
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
