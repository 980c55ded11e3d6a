package dev.synckit.store;

import dev.synckit.store.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One store per test class on its own database, emptied before every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreFixture {

    /** A time with microseconds, to see that the store keeps exactly the milliseconds. */
    static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    TestDatabase database;
    Store store;

    abstract Backend backend();

    @BeforeAll
    void openStore(@TempDir Path directory) {
        database = backend().create(directory);
        store = Store.open(database.connection());
    }

    @BeforeEach
    void emptyTables() {
        database.clean();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            database.close();
        }
    }

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
