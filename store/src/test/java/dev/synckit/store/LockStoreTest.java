package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The lock store's contract on H2 and on PostgreSQL. */
class LockStoreTest {

    @Nested
    class OnH2 extends LockStoreContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends LockStoreContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
