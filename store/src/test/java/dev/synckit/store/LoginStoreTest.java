package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The login stores' contract on H2 and on PostgreSQL. */
class LoginStoreTest {

    @Nested
    class OnH2 extends LoginStoreContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends LoginStoreContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
