package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.store.StoreUnavailableException;
import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.StoreContents;
import dev.synckit.store.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken from real stores and restored into real stores, across H2 and PostgreSQL. */
class BackupRestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anH2BackupRestoresIntoAFreshlyMigratedEmptyH2StoreRowForRow() {
        var target = h2("target");
        Store.open(target.connection()).close();

        roundTrip(h2("source"), target);
    }

    @Test
    void anH2BackupRestoresIntoPostgresRowForRow() {
        try (var target = PostgresTestDatabase.create()) {
            roundTrip(h2("source"), target);
        }
    }

    @Test
    void aPostgresBackupRestoresIntoH2RowForRow() {
        try (var source = PostgresTestDatabase.create()) {
            roundTrip(source, h2("target"));
        }
    }

    private void roundTrip(TestDatabase source, TestDatabase target) {
        try (var store = Store.open(source.connection())) {
            StoreContents.fill(store, 12);
        }
        var file = dir.resolve("synckit.backup.gz");

        var written = new StoreBackup(source.connection(), CLOCK).backup(file, "v9.9");
        var restored = new StoreBackup(target.connection(), CLOCK).restore(file, false);

        assertEquals(written, restored);
        assertEquals("v9.9", restored.synckitVersion());
        assertEquals(Long.valueOf(13), restored.rows().get("deployment"));
        assertEquals(StoreContents.rows(source), StoreContents.rows(target));
        try (var before = Store.open(source.connection()); var after = Store.open(target.connection())) {
            assertEquals(before.deployments().recent(Optional.empty(), 100),
                    after.deployments().recent(Optional.empty(), 100));
            // the identity continues after the restored ids instead of colliding with them
            after.audit().append(new AuditEntry(Instant.parse("2026-05-01T00:00:00Z"), "carol", "unlock", "db", ""));
            assertEquals(List.of(List.of(6L)), longs(target.query("SELECT MAX(id) FROM audit_log")));
        }
    }

    @Test
    void theBackupCarriesEveryTableInTheSchemaButFlywaysHistory() {
        var source = h2("source");
        Store.open(source.connection()).close();

        var summary = new StoreBackup(source.connection(), CLOCK).backup(dir.resolve("b.gz"), "v1");

        // a table a new migration adds shows up in the schema; this fails if the backup leaves it out
        assertEquals(StoreContents.tables(source), summary.rows().keySet().stream().sorted().toList());
        assertEquals(List.of("api_token", "audit_log", "chat_claim", "chat_message", "chat_setting", "deployment",
                "deployment_progress", "login_attempt", "login_session", "new_version_event", "person", "target_lock"),
                StoreContents.tables(source));
    }

    @Test
    void aStoreThatHoldsRowsIsRefusedAndKeepsThem() {
        var file = filledBackup();
        var target = h2("target");
        try (var store = Store.open(target.connection())) {
            store.locks().acquire(new dev.synckit.core.lock.TargetLock("api", "dave", "hands off", CLOCK.instant()));
        }
        var before = StoreContents.rows(target);

        var refused = assertThrows(RestoreRefusedException.class,
                () -> new StoreBackup(target.connection(), CLOCK).restore(file, false));

        assertEquals("the store is not empty (target_lock 1 rows): restore into a new, empty store, or replace "
                + "everything in it with --force", refused.getMessage());
        assertEquals(before, StoreContents.rows(target));
    }

    @Test
    void replacingDeletesWhatTheStoreHeldAndRestoresTheBackup() {
        var source = h2("source");
        var file = filledBackup(source);
        var target = h2("target");
        try (var store = Store.open(target.connection())) {
            StoreContents.fill(store, 3);
        }

        new StoreBackup(target.connection(), CLOCK).restore(file, true);

        assertEquals(StoreContents.rows(source), StoreContents.rows(target));
    }

    @Test
    void aCutShortFileRestoresNothing() throws Exception {
        var file = filledBackup();
        var bytes = Files.readAllBytes(file);
        var cut = dir.resolve("cut.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        var target = filledStore("target");
        var before = StoreContents.rows(target);

        var failed = assertThrows(BackupFileException.class,
                () -> new StoreBackup(target.connection(), CLOCK).restore(cut, true));

        assertTrue(failed.getMessage().startsWith(cut + " is cut short after line "), failed.getMessage());
        assertEquals(before, StoreContents.rows(target));
    }

    @Test
    void aDamagedByteRestoresNothing() throws Exception {
        var file = filledBackup();
        var bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        var target = filledStore("target");
        var before = StoreContents.rows(target);

        var failed = assertThrows(BackupFileException.class,
                () -> new StoreBackup(target.connection(), CLOCK).restore(file, true));

        assertTrue(failed.getMessage().startsWith(file + " is damaged"), failed.getMessage());
        assertEquals(before, StoreContents.rows(target));
    }

    @Test
    void aFileThatIsNoBackupIsNamedAsSuch() throws Exception {
        var target = h2("target");
        var restore = new StoreBackup(target.connection(), CLOCK);
        var missing = dir.resolve("missing.gz");
        var text = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        var empty = dir.resolve("empty.gz");
        Files.write(empty, new byte[0]);
        var otherGzip = dir.resolve("other.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(otherGzip))) {
            out.write("{\"hello\":1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertEquals("no such backup file: " + missing,
                assertThrows(BackupFileException.class, () -> restore.restore(missing, false)).getMessage());
        assertEquals(text + " is not a synckit backup (not a gzip file)",
                assertThrows(BackupFileException.class, () -> restore.restore(text, false)).getMessage());
        assertEquals(empty + " is not a synckit backup (not a gzip file)",
                assertThrows(BackupFileException.class, () -> restore.restore(empty, false)).getMessage());
        assertEquals(otherGzip + " is not a synckit backup (its first line has no \"format\":\"synckit-backup\")",
                assertThrows(BackupFileException.class, () -> restore.restore(otherGzip, false)).getMessage());
        assertEquals(List.of(), StoreContents.tables(target));
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefused() throws Exception {
        var file = filledBackup();
        var older = BackupFiles.withHeader(file, dir.resolve("v4.gz"), "\"schemaVersion\":\"7\"",
                "\"schemaVersion\":\"4\"");
        var newer = BackupFiles.withHeader(file, dir.resolve("v99.gz"), "\"schemaVersion\":\"7\"",
                "\"schemaVersion\":\"99\"");
        var target = h2("target");
        Store.open(target.connection()).close();

        assertEquals("the store is at schema version 7 and the backup at 4: restore into a new, empty database "
                        + "(restore creates schema version 4 there; the service upgrades it when it next starts)",
                assertThrows(RestoreRefusedException.class,
                        () -> new StoreBackup(target.connection(), CLOCK).restore(older, false)).getMessage());
        assertEquals("the backup is at schema version 99, which this synckit (schema versions 1, 2, 3, 4, 5, 6, 7) does not "
                        + "know: restore it with synckit v9.9 or newer",
                assertThrows(RestoreRefusedException.class,
                        () -> new StoreBackup(target.connection(), CLOCK).restore(newer, false)).getMessage());
    }

    @Test
    void aBackupOfAMissingH2DatabaseSaysSoAndCreatesNothing() {
        var missing = h2("nothing-here");

        var failed = assertThrows(StoreUnavailableException.class,
                () -> new StoreBackup(missing.connection(), CLOCK).backup(dir.resolve("b.gz"), "v1"));

        assertTrue(failed.getMessage().startsWith("there is no H2 database at jdbc:h2:file:"), failed.getMessage());
        assertFalse(Files.exists(dir.resolve("b.gz")));
        assertFalse(Files.exists(dir.resolve("nothing-here")));
    }

    private Path filledBackup() {
        return filledBackup(h2("source"));
    }

    private Path filledBackup(TestDatabase source) {
        try (var store = Store.open(source.connection())) {
            StoreContents.fill(store, 12);
        }
        var file = dir.resolve("synckit.backup.gz");
        new StoreBackup(source.connection(), CLOCK).backup(file, "v9.9");
        return file;
    }

    private TestDatabase filledStore(String name) {
        var database = h2(name);
        try (var store = Store.open(database.connection())) {
            StoreContents.fill(store, 2);
        }
        return database;
    }

    private TestDatabase h2(String name) {
        return new H2TestDatabase(dir.resolve(name));
    }

    private static List<List<Long>> longs(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(value -> ((Number) value).longValue()).toList()).toList();
    }
}
