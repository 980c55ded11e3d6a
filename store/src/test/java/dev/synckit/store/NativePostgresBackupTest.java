package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.lock.TargetLock;
import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.RequiredEnvironment;
import dev.synckit.store.testing.StoreContents;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native PostgreSQL backup docs/operator-guide.md documents: {@code pg_dump -Fc}, then
 * {@code pg_restore --clean}.
 */
class NativePostgresBackupTest {

    @TempDir
    Path dir;

    @Test
    void pgDumpAndPgRestoreBringBackEveryRowAndTheStoreOpensOnThem() throws Exception {
        var pgDump = RequiredEnvironment.requireCommand("pg_dump", "/work/shared/tools/postgres.sh installs it");
        var pgRestore = RequiredEnvironment.requireCommand("pg_restore", "/work/shared/tools/postgres.sh installs it");
        try (var database = PostgresTestDatabase.create()) {
            try (var store = Store.open(database.connection())) {
                StoreContents.fill(store, 8);
            }
            var before = StoreContents.rows(database);
            var schema = (String) database.query("SELECT current_schema()").getFirst().getFirst();
            var dump = dir.resolve("synckit.dump");

            run(database, pgDump.toString(), "-Fc", "-n", schema, "-f", dump.toString());
            try (var store = Store.open(database.connection())) {
                store.locks().acquire(new TargetLock("later", "erin", "after the dump", Instant.now()));
            }
            run(database, pgRestore.toString(), "--clean", "--if-exists", dump.toString());

            assertEquals(before, StoreContents.rows(database));
            try (var store = Store.open(database.connection())) {
                store.audit().append(new dev.synckit.core.audit.AuditEntry(Instant.now(), "f", "lock", "x", ""));
            }
            assertEquals(List.of(List.of(6L)), database.query("SELECT MAX(id) FROM audit_log").stream()
                    .map(row -> row.stream().map(value -> ((Number) value).longValue()).toList()).toList());
        }
    }

    /** Runs a PostgreSQL client against the server of the test database, the password in PGPASSWORD. */
    private void run(PostgresTestDatabase database, String... command) throws Exception {
        var server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        var arguments = new ArrayList<>(List.of(command));
        arguments.addAll(1, List.of("-h", server.getHost(), "-p", Integer.toString(server.getPort()),
                "-U", database.user(), "-d", server.getPath().substring(1)));
        var log = dir.resolve("client.log");
        var process = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(log.toFile());
        process.environment().put("PGPASSWORD", database.password());
        var running = process.start();
        assertTrue(running.waitFor(60, TimeUnit.SECONDS), "the client ended");
        assertEquals(0, running.exitValue(), Files.readString(log));
    }
}
