package dev.synckit.store;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies synckit's tables into a backup file from one read-only transaction that sees one snapshot of the whole
 * store (SNAPSHOT on H2, REPEATABLE READ on PostgreSQL), so the service may go on writing meanwhile.
 */
final class SnapshotBackup {

    private static final int FETCH_SIZE = 1000;

    private final Dialect dialect;
    private final String synckitVersion;

    SnapshotBackup(Dialect dialect, String synckitVersion) {
        this.dialect = dialect;
        this.synckitVersion = synckitVersion;
    }

    BackupSummary write(Connection connection, OutputStream out, Instant now) throws SQLException, IOException {
        beginSnapshot(connection, dialect);
        try {
            var summary = copy(connection, out, now);
            connection.commit();
            return summary;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    /** Starts a read-only transaction whose first read fixes what every later read of every table sees. */
    static void beginSnapshot(Connection connection, Dialect dialect) throws SQLException {
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "
                    + dialect.snapshotIsolation());
        }
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
    }

    private BackupSummary copy(Connection connection, OutputStream out, Instant now) throws SQLException, IOException {
        var schemaVersion = SchemaVersion.of(connection).orElseThrow(() -> new IllegalStateException(
                "the store holds no synckit schema (table " + Migrations.SYNCKIT_HISTORY
                        + " is missing): nothing to back up; is the configured store the right one?"));
        if (!SynckitSchema.versions().contains(schemaVersion)) {
            throw new IllegalStateException("the store is at schema version " + schemaVersion
                    + ", which this synckit " + synckitVersion + " does not know: back it up with the synckit that runs it");
        }
        var tables = StoreTable.read(connection, SynckitSchema.tablesAt(schemaVersion));
        var rows = new LinkedHashMap<String, Long>();
        try (var writer = new BackupWriter(out)) {
            writer.header(new BackupFormat.Header(BackupFormat.FORMAT, BackupFormat.VERSION, synckitVersion,
                    schemaVersion, dialect.displayName(), now.toString(), tables.stream()
                    .map(table -> new BackupFormat.TableLayout(table.name(), table.columns()))
                    .toList()));
            for (var table : tables) {
                writer.tableStart(table.name());
                rows.put(table.name(), copy(connection, table, writer));
            }
            writer.end(rows);
        }
        return new BackupSummary(synckitVersion, schemaVersion, dialect.displayName(), now, rows);
    }

    private static long copy(Connection connection, StoreTable table, BackupWriter writer)
            throws SQLException, IOException {
        var sql = "SELECT " + names(table.columns().stream().map(StoreTable.Column::name).toList()) + " FROM "
                + table.name() + " ORDER BY " + names(table.orderColumns());
        try (var statement = connection.createStatement()) {
            // PostgreSQL streams only with a fetch size, outside autocommit
            statement.setFetchSize(FETCH_SIZE);
            try (var rows = statement.executeQuery(sql)) {
                var count = 0L;
                while (rows.next()) {
                    writer.row(rows, table.columns());
                    count++;
                }
                return count;
            }
        }
    }

    static String names(List<String> columns) {
        return columns.stream().collect(Collectors.joining(", "));
    }
}
