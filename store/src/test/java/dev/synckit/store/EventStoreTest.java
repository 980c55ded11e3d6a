package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The event store's contract on H2 and on PostgreSQL. */
class EventStoreTest {

    @Nested
    class OnH2 extends EventStoreContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends EventStoreContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
