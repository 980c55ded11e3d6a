package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.store.Store;
import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.StoreContents;
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
    void aBackupOfTheH2FileARunningServiceHoldsSaysWhatToDo() throws Exception {
        var env = Map.of("SYNCKIT_HTTP_PORT", "0");
        try (var service = ServiceProcess.start(workDir, env)) {
            service.awaitPort();
            var backup = command(workDir, env, "backup", "b.gz");

            assertEquals(1, backup.process().exitValue());
            assertTrue(backup.stderr().startsWith("synckit backup: the H2 database jdbc:h2:file:"
                    + workDir.toRealPath().resolve("data").resolve("synckit") + " is open in another process (is the "
                    + "service running?)"), backup.stderr());
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
