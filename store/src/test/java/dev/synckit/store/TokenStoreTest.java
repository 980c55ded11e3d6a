package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The API token store's contract on H2 and on PostgreSQL. */
class TokenStoreTest {

    @Nested
    class OnH2 extends TokenStoreContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends TokenStoreContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
