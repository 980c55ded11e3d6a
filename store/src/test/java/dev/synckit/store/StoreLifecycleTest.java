package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** Opening and losing the store on H2 and on PostgreSQL. */
class StoreLifecycleTest {

    @Nested
    class OnH2 extends StoreLifecycleContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends StoreLifecycleContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
