package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transaction a backup reads in sees the whole store as it was at its first read, also the tables it reads
 * later: rows written meanwhile by the running service are in no table of the backup.
 */
class BackupSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void onH2ATableReadLaterShowsNoRowWrittenAfterTheFirstRead() throws SQLException {
        seesOneSnapshot(new H2TestDatabase(dir), Dialect.H2);
    }

    @Test
    void onPostgresATableReadLaterShowsNoRowWrittenAfterTheFirstRead() throws SQLException {
        try (var database = PostgresTestDatabase.create()) {
            seesOneSnapshot(database, Dialect.POSTGRESQL);
        }
    }

    private static void seesOneSnapshot(TestDatabase database, Dialect dialect) throws SQLException {
        Store.open(database.connection()).close();
        try (var backup = connect(database); var service = connect(database)) {
            SnapshotBackup.beginSnapshot(backup, dialect);
            assertEquals(0, count(backup, "target_lock"));

            try (var write = service.createStatement()) {
                write.execute("INSERT INTO audit_log (at, actor, action, target, detail) "
                        + "VALUES (CURRENT_TIMESTAMP, 'a', 'lock', 't', '')");
            }

            // H2's REPEATABLE READ would show it: it fixes each table at that table's first read
            assertEquals(0, count(backup, "audit_log"));
            assertEquals(1, count(service, "audit_log"));
            backup.rollback();
        }
    }

    private static Connection connect(TestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
