package dev.synckit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The version synckit's part of a schema is at, read from Flyway's history table inside the caller's transaction. */
final class SchemaVersion {

    private SchemaVersion() {
    }

    /** Empty when synckit never migrated this schema. */
    static Optional<String> of(Connection connection) throws SQLException {
        // Flyway quotes the history table's name and columns: they are lower case on H2 too
        try (var tables = connection.getMetaData().getTables(null, connection.getSchema(),
                Migrations.SYNCKIT_HISTORY, new String[] {"TABLE"})) {
            if (!tables.next()) {
                return Optional.empty();
            }
        }
        Optional<String> current = Optional.empty();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT \"version\" FROM \"" + Migrations.SYNCKIT_HISTORY
                     + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                var version = rows.getString(1);
                if (current.isEmpty() || SynckitSchema.compare(version, current.get()) > 0) {
                    current = Optional.of(version);
                }
            }
        }
        return current;
    }
}
