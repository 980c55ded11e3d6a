package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The deployment store's contract on H2 and on PostgreSQL. */
class DeploymentStoreTest {

    @Nested
    class OnH2 extends DeploymentStoreContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends DeploymentStoreContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
