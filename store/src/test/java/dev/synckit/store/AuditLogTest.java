package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The audit log's contract on H2 and on PostgreSQL. */
class AuditLogTest {

    @Nested
    class OnH2 extends AuditLogContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends AuditLogContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
