package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.StoreSettings;
import dev.synckit.store.Store;
import dev.synckit.store.testing.StoreContents;
import dev.synckit.store.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code restore} and {@code prune} as Main runs them, on real H2 stores in data directories. */
class StoreCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aBackupRestoresIntoAnotherDataDirectoryRowForRow() {
        var source = filledDataDir("source", 6);
        var file = dir.resolve("synckit.backup.gz");

        assertEquals(0, run("source", "backup", file.toString()));
        assertTrue(stdout().startsWith("synckit backup: wrote " + file + ": "), stdout());
        assertEquals(0, run("target", "restore", file.toString()));

        assertTrue(stdout().contains("synckit restore: restored " + file + ": "), stdout());
        assertEquals("", stderr());
        assertEquals(StoreContents.rows(source), StoreContents.rows(h2("target")));
    }

    @Test
    void aStoreWithRowsIsRefusedWithExitCode4AndReplacedWithForce() {
        var source = filledDataDir("source", 6);
        var target = filledDataDir("target", 2);
        var file = dir.resolve("synckit.backup.gz");
        assertEquals(0, run("source", "backup", file.toString()));

        assertEquals(4, run("target", "restore", file.toString()));
        assertTrue(stderr().startsWith("synckit restore: refused: the store is not empty ("), stderr());
        assertTrue(stderr().endsWith("rows): restore into a new, empty store, or replace everything in it with "
                + "--force\n"), stderr());
        assertEquals(0, run("target", "restore", file.toString(), "--force"));

        assertEquals(StoreContents.rows(source), StoreContents.rows(target));
    }

    @Test
    void aMissingOrDamagedFileExitsWith3AndOneLine() throws Exception {
        var missing = dir.resolve("nope.gz");
        assertEquals(3, run("target", "restore", missing.toString()));
        assertEquals("synckit restore: no such backup file: " + missing + "\n", stderr());

        err.reset();
        var text = Files.writeString(dir.resolve("notes.txt"), "not a backup");
        assertEquals(3, run("target", "restore", text.toString()));
        assertEquals("synckit restore: " + text + " is not a synckit backup (not a gzip file)\n", stderr());

        err.reset();
        var nowhere = dir.resolve("no-such-dir").resolve("b.gz");
        filledDataDir("source", 1);
        assertEquals(3, run("source", "backup", nowhere.toString()));
        assertEquals("synckit backup: cannot write " + nowhere + ": its directory does not exist\n", stderr());
    }

    @Test
    void aBackupOfADataDirectoryWithoutAStoreExitsWith1AndSaysWhere() {
        assertEquals(1, run("empty", "backup", dir.resolve("b.gz").toString()));

        assertTrue(stderr().startsWith("synckit backup: there is no H2 database at jdbc:h2:file:"), stderr());
        assertTrue(Files.notExists(dir.resolve("empty")), "a backup creates no store");
    }

    @Test
    void badUsageAndBadConfigurationExitWith2() {
        assertEquals(2, run("target", "restore"));
        assertEquals("synckit restore: name one backup file\nusage: java -jar synckit.jar restore FILE [--force] "
                + "[--config PATH]\n", stderr());

        err.reset();
        assertEquals(2, run("target", "backup", "b.gz", "--force"));
        assertEquals("synckit backup: unknown option --force\nusage: java -jar synckit.jar backup FILE "
                + "[--config PATH]\n", stderr());

        err.reset();
        assertEquals(2, run("target", "backup", "b.gz", "--config", dir.resolve("missing.yaml").toString()));
        assertTrue(stderr().startsWith("synckit: configuration: "), stderr());
        assertTrue(stderr().contains("no such file"), stderr());
    }

    @Test
    void theConfigurationMayComeBeforeTheCommand() throws Exception {
        var source = filledDataDir("source", 3);
        var config = Files.writeString(dir.resolve("synckit.yaml"), "store:\n  data_dir: " + dir.resolve("source") + "\n");
        var file = dir.resolve("b.gz");

        assertEquals(0, StoreCommandLine.run(new String[] {"--config", config.toString(), "backup", file.toString()},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).orElseThrow());

        assertEquals("", stderr());
        assertEquals(0, run("target", "restore", file.toString()));
        assertEquals(StoreContents.rows(source), StoreContents.rows(h2("target")));
    }

    @Test
    void pruneDryRunCountsAndRemovesNothingThenPruneRemovesJustThatAndIsAudited() {
        var data = filledDataDir("data", 6);
        var before = StoreContents.rows(data);

        assertEquals(0, run("data", "prune", "--dry-run"));
        var dryRun = stdout();
        assertTrue(dryRun.startsWith("synckit prune: would remove "), dryRun);
        assertTrue(dryRun.contains("new_version_event 2"), dryRun);
        assertEquals(before, StoreContents.rows(data));

        out.reset();
        assertEquals(0, run("data", "prune"));

        assertEquals(dryRun.replace("would remove", "removed"), stdout());
        assertEquals("", stderr());
        var after = StoreContents.rows(data);
        assertEquals(List.of(), after.get("new_version_event"));
        var audited = after.get("audit_log").getLast();
        assertTrue(audited.contains("action=String:store.pruned"), audited);
        assertTrue(audited.contains("detail=String:" + stdout().substring("synckit prune: ".length()).strip()),
                audited);
    }

    @Test
    void pruneTakesNoFileAndNoOtherOption() {
        assertEquals(2, run("data", "prune", "b.gz"));
        assertEquals("synckit prune: takes no file, was given b.gz\nusage: java -jar synckit.jar prune [--dry-run]"
                + " [--config PATH]\n", stderr());

        err.reset();
        assertEquals(2, run("data", "prune", "--force"));
        assertTrue(stderr().startsWith("synckit prune: unknown option --force\n"), stderr());
    }

    @Test
    void anythingElseStartsTheService() {
        assertEquals(OptionalInt.empty(), StoreCommandLine.run(new String[] {"--config", "x.yaml"}, Map.of(),
                System.out, System.err));
        assertEquals(OptionalInt.empty(), StoreCommandLine.run(new String[0], Map.of(), System.out, System.err));
    }

    private int run(String dataDir, String... args) {
        var env = Map.of("SYNCKIT_DATA_DIR", dir.resolve(dataDir).toString());
        return StoreCommandLine.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).orElseThrow();
    }

    private TestDatabase filledDataDir(String name, int deployments) {
        var database = h2(name);
        try (var store = Store.open(database.connection())) {
            StoreContents.fill(store, deployments);
        }
        return database;
    }

    private TestDatabase h2(String name) {
        return TestDatabase.at(StoreSettings.h2Url(dir.resolve(name)), "", "");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
