package dev.synckit.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One of synckit's tables as the database describes it (JDBC metadata, names in lower case): its columns in order,
 * its primary key, its identity column if any, and the tables its foreign keys point at.
 */
record StoreTable(String name, List<Column> columns, List<String> primaryKey, Optional<String> identity,
        Set<String> parents) {

    record Column(String name, ColumnKind kind) {
    }

    /**
     * The named tables of the connection's current schema, parents before the tables that refer to them.
     *
     * @throws IllegalStateException when one of them is missing
     */
    static List<StoreTable> read(Connection connection, Collection<String> names) throws SQLException {
        var metadata = connection.getMetaData();
        var schema = connection.getSchema();
        var tables = new TreeMap<String, StoreTable>();
        for (var name : names) {
            tables.put(name, read(metadata, schema, name));
        }
        return parentsFirst(tables);
    }

    private static StoreTable read(DatabaseMetaData metadata, String schema, String name) throws SQLException {
        var stored = metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
        var columns = new ArrayList<Column>();
        Optional<String> identity = Optional.empty();
        try (var rows = metadata.getColumns(null, schema, stored, null)) {
            while (rows.next()) {
                var column = lower(rows.getString("COLUMN_NAME"));
                columns.add(new Column(column,
                        ColumnKind.of(name, column, rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"))));
                if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                    identity = Optional.of(column);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("table " + name + " is missing from schema " + schema);
        }
        var keyColumns = new TreeMap<Integer, String>();
        try (var rows = metadata.getPrimaryKeys(null, schema, stored)) {
            while (rows.next()) {
                keyColumns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        var parents = new LinkedHashSet<String>();
        try (var rows = metadata.getImportedKeys(null, schema, stored)) {
            while (rows.next()) {
                parents.add(lower(rows.getString("PKTABLE_NAME")));
            }
        }
        return new StoreTable(name, List.copyOf(columns), List.copyOf(keyColumns.values()), identity,
                Set.copyOf(parents));
    }

    /** Orders the tables so that rows can be inserted in file order without breaking a foreign key. */
    private static List<StoreTable> parentsFirst(Map<String, StoreTable> tables) {
        var ordered = new LinkedHashMap<String, StoreTable>();
        while (ordered.size() < tables.size()) {
            var before = ordered.size();
            for (var table : tables.values()) {
                var ready = table.parents().stream()
                        .allMatch(parent -> ordered.containsKey(parent) || !tables.containsKey(parent)
                                || parent.equals(table.name()));
                if (!ordered.containsKey(table.name()) && ready) {
                    ordered.put(table.name(), table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + tables.keySet());
            }
        }
        return List.copyOf(ordered.values());
    }

    /** The columns to order rows by, so that two backups of the same data are the same file. */
    List<String> orderColumns() {
        return primaryKey.isEmpty() ? columns.stream().map(Column::name).toList() : primaryKey;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
