package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.RetentionSettings;
import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.retention.Pruner;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Retention on H2 and on PostgreSQL. */
class RetentionTest {

    @Nested
    class OnH2 extends RetentionContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends RetentionContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }

        @Test
        void whileAnotherReplicaPrunesThisOneStopsAndRemovesNothing() throws SQLException {
            store.audit().append(new AuditEntry(Instant.parse("2020-01-01T00:00:00Z"), "alice", "lock.acquired",
                    "web", ""));
            try (var otherReplica = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                    database.password());
                 var lock = otherReplica.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, SqlRetentionStore.PRUNE_LOCK);
                lock.execute();

                var report = new Pruner(store.retention(), store.audit(), RetentionSettings.defaults(),
                        Clock.systemUTC()).prune(Pruner.Trigger.SCHEDULE);

                assertTrue(report.interrupted());
                assertEquals(0, report.removed().total());
                assertEquals(1, store.retention().rowCounts().rows().get("audit_log"));
            }
        }
    }
}
