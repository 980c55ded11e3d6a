package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.StoreSettings;
import dev.synckit.store.Store;
import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.StoreContents;
import dev.synckit.store.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} on the packaged jar, beside the service as an operator runs it. */
class StoreBackupJarIT {

    private static final String TOKEN = "api-token-for-backup-test";

    @TempDir
    Path workDir;

    @Test
    void aBackupTakenWhileTheServiceRunsOnPostgresRestoresIntoH2AndServesTheSameDeployments() throws Exception {
        try (var postgres = PostgresTestDatabase.create()) {
            try (var store = Store.open(postgres.connection())) {
                StoreContents.fill(store, 12, false);
            }
            var onPostgres = Map.of("SYNCKIT_HTTP_PORT", "0", "SYNCKIT_API_TOKEN", TOKEN,
                    "SYNCKIT_DB_URL", postgres.jdbcUrl(), "SYNCKIT_DB_USER", postgres.user(),
                    "SYNCKIT_DB_PASSWORD", postgres.password());
            var file = workDir.resolve("synckit.backup.gz");
            String served;
            try (var service = ServiceProcess.start(workDir.resolve("pg"), onPostgres)) {
                served = deployments(service.awaitPort());
                var backup = command(workDir.resolve("pg"), onPostgres, "backup", file.toString());
                assertEquals(0, backup.process().exitValue(), backup.stderr());
                assertTrue(backup.stdout().startsWith("synckit backup: wrote " + file + ": "), backup.stdout());
            }
            var onH2 = Map.of("SYNCKIT_HTTP_PORT", "0", "SYNCKIT_API_TOKEN", TOKEN);
            var restore = command(workDir.resolve("h2"), onH2, "restore", file.toString());
            assertEquals(0, restore.process().exitValue(), restore.stderr());

            try (var service = ServiceProcess.start(workDir.resolve("h2"), onH2)) {
                assertEquals(served, deployments(service.awaitPort()));
            }
        }
    }

    @Test
    void aServiceOnH2HandsOutItsBackupOverTheApiWhichRestoresIntoAnotherStore() throws Exception {
        var data = workDir.resolve("h2").resolve("data");
        try (var store = Store.open(TestDatabase.at(StoreSettings.h2Url(data), "", "").connection())) {
            StoreContents.fill(store, 12, false);
        }
        var env = Map.of("SYNCKIT_HTTP_PORT", "0", "SYNCKIT_API_TOKEN", TOKEN);
        var file = workDir.resolve("fetched.backup.gz");
        String served;
        try (var service = ServiceProcess.start(workDir.resolve("h2"), env)) {
            var port = service.awaitPort();
            served = deployments(port);

            // H2 lets one process open its file: the command line says where a running service's backup is
            var backup = command(workDir.resolve("h2"), env, "backup", "b.gz");
            assertEquals(1, backup.process().exitValue());
            assertEquals("", backup.stdout(), "no log line, no stack trace");
            assertEquals("synckit backup: the H2 database jdbc:h2:file:" + data.toRealPath().resolve("synckit")
                    + " is open in another process (is the service running?): H2 lets one process use its file: "
                    + "fetch the backup from the running service (GET /api/v1/backup), or stop it first\n",
                    backup.stderr());

            var http = HttpClient.newHttpClient();
            var backupUri = URI.create("http://127.0.0.1:" + port + "/api/v1/backup");
            assertEquals(401, http.send(HttpRequest.newBuilder(backupUri).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            var fetched = http.send(HttpRequest.newBuilder(backupUri).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofFile(file));
            assertEquals(200, fetched.statusCode());
            assertEquals("application/gzip", fetched.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(fetched.headers().firstValue("Content-Disposition").orElseThrow()
                    .matches("attachment; filename=\"synckit-\\d{8}T\\d{6}Z\\.backup\\.gz\""));
        }
        var restore = command(workDir.resolve("copy"), env, "restore", file.toString());
        assertEquals(0, restore.process().exitValue(), restore.stderr());

        try (var service = ServiceProcess.start(workDir.resolve("copy"), env)) {
            assertEquals(served, deployments(service.awaitPort()));
        }
    }

    private static ServiceProcess command(Path dir, Map<String, String> env, String... args) throws Exception {
        var command = ServiceProcess.start(dir, new HashMap<>(env), args);
        assertTrue(command.process().waitFor(60, TimeUnit.SECONDS), "the command ended");
        return command;
    }

    private static String deployments(int port) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/deployments?limit=100"))
                        .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
