package dev.synckit.store;

import org.junit.jupiter.api.Nested;

/** The chat state's contract on H2 and on PostgreSQL. */
class ChatStateTest {

    @Nested
    class OnH2 extends ChatStateContract {
        @Override
        Backend backend() {
            return Backend.H2;
        }
    }

    @Nested
    class OnPostgres extends ChatStateContract {
        @Override
        Backend backend() {
            return Backend.POSTGRESQL;
        }
    }
}
