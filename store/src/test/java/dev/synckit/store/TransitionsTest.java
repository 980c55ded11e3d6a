package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** Transitions over the store on H2 and on PostgreSQL. */
class TransitionsTest {

    @Nested
    class OnH2 extends TransitionsContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends TransitionsContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
