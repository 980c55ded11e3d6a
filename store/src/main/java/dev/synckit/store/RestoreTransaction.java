package dev.synckit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills a store from a backup file in one transaction: all of it or nothing. Ids are kept as they were; identity
 * columns then continue after the highest restored id.
 */
final class RestoreTransaction {

    private static final int BATCH = 500;

    private final BackupReader backup;
    private final boolean replace;

    RestoreTransaction(BackupReader backup, boolean replace) {
        this.backup = backup;
        this.replace = replace;
    }

    BackupSummary run(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            var summary = restore(connection);
            connection.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private BackupSummary restore(Connection connection) throws SQLException {
        var header = backup.header();
        var tables = StoreTable.read(connection, SynckitSchema.tablesAt(header.schemaVersion()));
        checkLayout(header, tables);
        var filled = rowCounts(connection, tables);
        if (!filled.isEmpty() && !replace) {
            throw new RestoreRefusedException("the store is not empty (" + filled.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", ")) + " rows): restore into a new, empty store, "
                    + "or replace everything in it with --force");
        }
        for (var table : tables.reversed()) {
            execute(connection, "DELETE FROM " + table.name());
        }
        var byName = tables.stream().collect(Collectors.toMap(StoreTable::name, table -> table));
        var restored = new LinkedHashMap<String, Long>();
        for (var layout : header.tables()) {
            backup.expectTable(layout.name());
            restored.put(layout.name(), insertRows(connection, byName.get(layout.name()), layout));
        }
        var announced = backup.end();
        if (!announced.equals(restored)) {
            throw backup.damaged("its end line announces rows " + announced + " but it holds " + restored);
        }
        for (var table : tables) {
            if (table.identity().isPresent()) {
                continueIdentity(connection, table, table.identity().get());
            }
        }
        return new BackupSummary(header.synckitVersion(), header.schemaVersion(), header.database(),
                createdAt(header), restored);
    }

    /** The file's tables and columns must be the store's: same schema version, same layout. */
    private void checkLayout(BackupFormat.Header header, List<StoreTable> tables) {
        // columns as sets: inserts name their columns, so their order may differ between databases
        var expected = tables.stream().collect(Collectors.toMap(StoreTable::name,
                table -> Set.copyOf(table.columns())));
        var found = header.tables().stream().collect(Collectors.toMap(BackupFormat.TableLayout::name,
                layout -> Set.copyOf(layout.columns()), (a, b) -> Set.of()));
        if (found.size() != header.tables().size() || !expected.equals(found)) {
            throw new BackupFileException("the tables in the backup (" + found.keySet() + ") are not those of schema "
                    + "version " + header.schemaVersion() + " (" + expected.keySet() + "): the file was altered");
        }
    }

    private static Map<String, Long> rowCounts(Connection connection, List<StoreTable> tables) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : tables) {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    counts.put(table.name(), rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private long insertRows(Connection connection, StoreTable table, BackupFormat.TableLayout layout)
            throws SQLException {
        var columns = layout.columns();
        var sql = "INSERT INTO " + table.name() + " ("
                + SnapshotBackup.names(columns.stream().map(StoreTable.Column::name).toList()) + ")"
                // an identity GENERATED ALWAYS takes the restored id only when told so
                + (table.identity().isPresent() ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        var count = 0L;
        try (var insert = connection.prepareStatement(sql)) {
            for (var row = backup.nextRow(); row.isPresent(); row = backup.nextRow()) {
                var values = row.get();
                if (values.size() != columns.size()) {
                    throw backup.damaged("a row of " + table.name() + " has " + values.size() + " values, not "
                            + columns.size());
                }
                for (var index = 0; index < columns.size(); index++) {
                    try {
                        columns.get(index).kind().bind(values.get(index), insert, index + 1);
                    } catch (IllegalArgumentException | DateTimeParseException e) {
                        throw backup.damaged(table.name() + "." + columns.get(index).name() + ": " + e.getMessage());
                    }
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    /** The next id the database hands out follows the highest restored one (ALTER … RESTART is portable). */
    private static void continueIdentity(Connection connection, StoreTable table, String column) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table.name())) {
            rows.next();
            var highest = rows.getLong(1);
            if (!rows.wasNull()) {
                execute(connection, "ALTER TABLE " + table.name() + " ALTER COLUMN " + column + " RESTART WITH "
                        + (highest + 1));
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Instant createdAt(BackupFormat.Header header) {
        try {
            return Instant.parse(header.createdAt());
        } catch (DateTimeParseException e) {
            throw backup.damaged("createdAt is not an instant: " + header.createdAt());
        }
    }
}
