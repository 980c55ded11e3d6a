package dev.synckit.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Which tables are synckit's: those its own migrations create, found by running them into a private in-memory H2
 * database. A backup thus carries every table a future migration adds, and none of an embedding application's.
 */
final class SynckitSchema {

    private SynckitSchema() {
    }

    /** The schema versions this build's migrations reach, oldest first. */
    static List<String> versions() {
        return inScratchDatabase(dataSource -> Arrays.stream(Migrations.flyway(dataSource,
                        Migrations.SYNCKIT_LOCATION, Migrations.SYNCKIT_HISTORY).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .sorted()
                .map(MigrationVersion::getVersion)
                .toList());
    }

    /** The tables (lower case) that synckit's migrations up to {@code version} create, history table excluded. */
    static List<String> tablesAt(String version) {
        return inScratchDatabase(dataSource -> {
            Migrations.migrateSynckitTo(dataSource, version);
            try (var connection = dataSource.getConnection();
                 var rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                         new String[] {"TABLE"})) {
                var tables = new ArrayList<String>();
                while (rows.next()) {
                    var name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.equals(Migrations.SYNCKIT_HISTORY)) {
                        tables.add(name);
                    }
                }
                return List.copyOf(tables);
            } catch (SQLException e) {
                throw new IllegalStateException("listing synckit's tables at schema version " + version, e);
            }
        });
    }

    /** Compares two schema versions as Flyway orders them ("10" after "9"). */
    static int compare(String left, String right) {
        return MigrationVersion.fromVersion(left).compareTo(MigrationVersion.fromVersion(right));
    }

    private static <T> T inScratchDatabase(Function<DataSource, T> work) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:synckit-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try {
            return work.apply(dataSource);
        } finally {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("closing the scratch database", e);
            }
        }
    }
}
