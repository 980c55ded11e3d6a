package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar app/target/synckit.jar} as an operator runs it: a real process, its output and exit code. */
class ServiceJarIT {

    static final String SECRET = "do-not-print-this-secret-7f3a";

    @TempDir
    Path workDir;

    @Test
    void runsOnEmbeddedDefaultsServesItsOwnHashAndStopsOnSigterm() throws Exception {
        try (var service = ServiceProcess.start(workDir, Map.of("SYNCKIT_HTTP_PORT", "0",
                "SYNCKIT_EVENT_SECRET", SECRET))) {
            var port = service.awaitPort();
            var http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            var verify = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/verify")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(verify.contains("\"sha256\":\"" + RunningBuild.sha256(ServiceProcess.JAR) + "\""), verify);
            assertTrue(Files.exists(workDir.resolve("data")), "H2 lives in ./data");

            service.process().destroy(); // SIGTERM
            assertTrue(service.process().waitFor(20, TimeUnit.SECONDS), "stopped within the grace period");
            assertTrue(service.stdout().contains("stopped"), service.stdout());
            assertFalse(service.stdout().contains(SECRET) || service.stderr().contains(SECRET),
                    "the secret never reaches the output");
        }
    }

    @Test
    void aBadConfigurationStopsTheStartWithExitCode2AndOneLineNamingTheKey() throws Exception {
        Files.writeString(workDir.resolve("synckit.yaml"), "name: ok\nhttp:\n  port: 70000\n");
        var service = ServiceProcess.start(workDir, Map.of());
        assertTrue(service.process().waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, service.process().exitValue());
        var errors = service.stderr().lines().toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("synckit: configuration: synckit.yaml:3: http.port:"), errors.getFirst());
    }

    @Test
    void anExplicitConfigFileThatDoesNotExistIsAnError() throws Exception {
        var service = ServiceProcess.start(workDir, Map.of(), "--config", "missing.yaml");
        assertTrue(service.process().waitFor(Duration.ofSeconds(30)));
        assertEquals(2, service.process().exitValue());
        assertTrue(service.stderr().contains("missing.yaml"));
    }
}
