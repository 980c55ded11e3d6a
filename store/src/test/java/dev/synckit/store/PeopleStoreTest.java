package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The people store's contract on H2 and on PostgreSQL. */
class PeopleStoreTest {

    @Nested
    class OnH2 extends PeopleStoreContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends PeopleStoreContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
