package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.store.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, migrating, checking and losing the database, run against each backend. */
abstract class StoreLifecycleContract {

    @TempDir
    Path directory;

    abstract Backend backend();

    @Test
    void synckitsAndTheApplicationsFirstMigrationsBothApply() {
        try (var database = backend().create(directory);
             var store = Store.open(database.connection(Optional.of("classpath:db/testapp")))) {
            store.health().check(Duration.ofSeconds(5));

            // Flyway quotes its history tables' names: they are lower case on both databases
            assertEquals(List.of(List.of("1", true)), database.query(
                    "SELECT \"version\", \"success\" FROM \"synckit_schema_history\" WHERE \"version\" = '1'"));
            assertEquals(List.of(List.of("1", true)), database.query(
                    "SELECT \"version\", \"success\" FROM \"app_schema_history\" WHERE \"version\" = '1'"));
            assertEquals(List.of(List.of("sprocket")), database.query("SELECT name FROM widget"));
        }
    }

    @Test
    void aChangedAppliedMigrationStopsTheStart() throws Exception {
        var migrations = Files.createDirectories(directory.resolve("migrations"));
        var location = Optional.of("filesystem:" + migrations.toAbsolutePath());
        Files.writeString(migrations.resolve("V1__gadgets.sql"), "CREATE TABLE gadget (name VARCHAR(64));\n");
        try (var database = backend().create(directory.resolve("db"))) {
            Store.open(database.connection(location)).close();
            Files.writeString(migrations.resolve("V1__gadgets.sql"), "CREATE TABLE gadget (label VARCHAR(64));\n");

            var refusal = assertThrows(IllegalStateException.class,
                    () -> Store.open(database.connection(location)).close());

            assertTrue(refusal.getMessage().contains("app_schema_history"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("checksum mismatch for migration version 1"),
                    refusal.getMessage());
        }
    }

    @Test
    void flywayRunsOnlyWhenAMigrationSetDiffersFromTheOneLastApplied() throws Exception {
        var migrations = Files.createDirectories(directory.resolve("migrations"));
        var location = "filesystem:" + migrations.toAbsolutePath();
        Files.writeString(migrations.resolve("V1__gadgets.sql"), "CREATE TABLE gadget (name VARCHAR(64));\n");
        var unchangedSynckit = "schema classpath:db/synckit (synckit_schema_history): the same migrations as when it"
                + " was last migrated, Flyway not run";
        try (var database = backend().create(directory.resolve("db")); var log = new MigrationLog()) {
            Store.open(database.connection(Optional.of(location))).close();
            // H2 traces every failed statement to a file beside its database: none failed
            try (var files = Files.walk(directory)) {
                assertEquals(List.of(), files.filter(file -> file.toString().endsWith(".trace.db")).toList());
            }
            assertEquals(2, log.lines().size(), log.lines().toString());
            assertTrue(log.lines().stream().allMatch(line -> line.contains("migration(s) applied")), log.lines()
                    .toString());

            log.clear();
            Store.open(database.connection(Optional.of(location))).close();
            assertEquals(List.of(unchangedSynckit, "schema " + location + " (app_schema_history): the same"
                    + " migrations as when it was last migrated, Flyway not run"), log.lines());

            log.clear();
            Files.writeString(migrations.resolve("V2__sprockets.sql"), "CREATE TABLE sprocket (name VARCHAR(64));\n");
            Store.open(database.connection(Optional.of(location))).close();
            assertEquals(List.of(unchangedSynckit, "schema " + location + " (app_schema_history): 1 migration(s)"
                    + " applied, now at version 2"), log.lines());
            assertEquals(List.of(List.of("2", true)), database.query(
                    "SELECT \"version\", \"success\" FROM \"app_schema_history\" WHERE \"version\" = '2'"));
            assertEquals(List.of(), database.query("SELECT name FROM sprocket"));
        }
    }

    @Test
    void rowsOutliveAClosedStore() {
        try (var database = backend().create(directory)) {
            var entry = new AuditEntry(StoreFixture.millis(StoreFixture.T0), "alice", "lock.acquired", "web", "x");
            try (var store = Store.open(database.connection())) {
                store.audit().append(entry);
            }
            try (var reopened = Store.open(database.connection())) {
                assertEquals(List.of(entry), reopened.audit().recent(10));
            }
        }
    }

    @Test
    void aStoppedDatabaseFailsTheHealthCheckAndThePortsAsUnavailable() throws Exception {
        var outage = backend().stoppable(directory);
        try (var database = outage.database(); var store = Store.open(database.connection())) {
            store.health().check(Duration.ofSeconds(5));

            outage.stop().now();

            assertThrows(StoreUnavailableException.class, () -> store.health().check(Duration.ofSeconds(5)));
            assertThrows(StoreUnavailableException.class, () -> store.audit().recent(1));
            assertThrows(StoreUnavailableException.class, () -> store.locks().find("web"));
        }
    }

    @Test
    void aDatabaseWhereNothingListensCannotBeOpened() throws Exception {
        var nowhere = new StoreConnection(backend().unreachableUrl(), "synckit", "secret-password",
                Optional.empty(), Duration.ofSeconds(1));

        var failure = assertThrows(StoreUnavailableException.class, () -> Store.open(nowhere).close());

        assertTrue(!failure.getMessage().contains("secret-password"), failure.getMessage());
    }
}
