package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.store.testing.StoreContents;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native H2 backup docs/operator-guide.md documents: with the service stopped, a copy of {@code synckit.mv.db}. */
class NativeH2BackupTest {

    @TempDir
    Path dir;

    @Test
    void aCopyOfTheStoppedStoresFileOpensWithEveryRow() throws Exception {
        var source = new H2TestDatabase(dir.resolve("data"));
        try (var store = Store.open(source.connection())) {
            StoreContents.fill(store, 8);
        }
        Files.createDirectories(dir.resolve("copy"));

        Files.copy(dir.resolve("data").resolve("synckit.mv.db"), dir.resolve("copy").resolve("synckit.mv.db"));

        var copy = new H2TestDatabase(dir.resolve("copy"));
        Store.open(copy.connection()).close();
        assertEquals(StoreContents.rows(source), StoreContents.rows(copy));
    }
}
