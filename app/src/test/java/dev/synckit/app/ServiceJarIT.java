package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar app/target/synckit.jar} as an operator runs it: a real process, its output and exit code. */
class ServiceJarIT {

    static final Path JAR = Path.of("target", "synckit.jar").toAbsolutePath();
    static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    static final String SECRET = "do-not-print-this-secret-7f3a";

    @TempDir
    Path workDir;

    private Process start(Map<String, String> env, String... args) throws IOException {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("stdout.log").toFile())
                .redirectError(workDir.resolve("stderr.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SYNCKIT_") || name.startsWith("DISCORD_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private String stdout() throws IOException {
        return Files.readString(workDir.resolve("stdout.log"));
    }

    private int awaitPort() throws Exception {
        for (int i = 0; i < 300; i++) {
            var matcher = LISTENING.matcher(stdout());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service never said where it listens:\n" + stdout());
    }

    @Test
    void runsOnEmbeddedDefaultsServesItsOwnHashAndStopsOnSigterm() throws Exception {
        var process = start(Map.of("SYNCKIT_HTTP_PORT", "0", "SYNCKIT_EVENT_SECRET", SECRET));
        try {
            var port = awaitPort();
            var http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            var verify = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/verify")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(verify.contains("\"sha256\":\"" + RunningBuild.sha256(JAR) + "\""), verify);
            assertTrue(Files.exists(workDir.resolve("data")), "H2 lives in ./data");

            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stopped within the grace period");
            assertTrue(stdout().contains("stopped"), stdout());
            assertFalse(stdout().contains(SECRET) || Files.readString(workDir.resolve("stderr.log")).contains(SECRET),
                    "the secret never reaches the output");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aBadConfigurationStopsTheStartWithExitCode2AndOneLineNamingTheKey() throws Exception {
        Files.writeString(workDir.resolve("synckit.yaml"), "name: ok\nhttp:\n  port: 70000\n");
        var process = start(Map.of());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        var errors = Files.readString(workDir.resolve("stderr.log")).lines().toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("synckit: configuration: synckit.yaml:3: http.port:"), errors.getFirst());
    }

    @Test
    void anExplicitConfigFileThatDoesNotExistIsAnError() throws Exception {
        var process = start(Map.of(), "--config", "missing.yaml");
        assertTrue(process.waitFor(Duration.ofSeconds(30)));
        assertEquals(2, process.exitValue());
        assertTrue(Files.readString(workDir.resolve("stderr.log")).contains("missing.yaml"));
    }
}
