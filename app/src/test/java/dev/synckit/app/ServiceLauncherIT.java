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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code app/target/synckit}, the launcher that ./dev run, the systemd unit and the image start: it execs the JVM
 * with its options, passes arguments, environment, signals and the exit code through, and keeps the AOT cache —
 * made when missing or not for this jar, used when it is, and never a reason for the service not to start.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServiceLauncherIT {

    private static final String HEALTHY = "{\"status\":\"UP\",\"checks\":{\"store\":\"UP\"}}";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    private Map<String, String> environment(Path cache) {
        var env = new HashMap<String, String>();
        env.put("SYNCKIT_HTTP_PORT", "0");
        env.put("SYNCKIT_AOT_CACHE", cache.toString());
        env.put("JAVA_OPTS", "-Dsynckit.launched=yes");
        return env;
    }

    @Test
    void makesTheAotCacheOnTheFirstStartUsesItOnTheNextAndStopsGracefullyOnSigterm() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("cache")).resolve("synckit.aot");
        try (var first = ServiceProcess.startLauncher(tmp.resolve("first"), environment(cache))) {
            assertHealthy(first);
            assertEquals("synckit: no AOT cache at " + cache + " yet: making it (once per jar and JDK)",
                    first.stdout().lines().findFirst().orElseThrow());
            assertTrue(Files.size(cache) > 1_000_000, "a cache was written");
            var jvm = jvmOf(first);
            assertTrue(jvm.indexOf("-XX:AOTCache=" + cache) >= 0, jvm.toString());
            assertTrue(jvm.containsAll(List.of("-XX:+UseSerialGC", "-Xmx96m")), jvm.toString());
            assertTrue(jvm.indexOf("-Dsynckit.launched=yes") > jvm.indexOf("-Xmx96m"), "JAVA_OPTS come after: " + jvm);
            assertEquals(List.of("-jar", ServiceProcess.JAR.toString()), jvm.subList(jvm.size() - 2, jvm.size()));

            first.process().destroy(); // SIGTERM, to the launcher's pid: the JVM it became
            assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
            assertEquals(143, first.process().exitValue(), "the JVM's exit code on SIGTERM");
            assertTrue(first.stdout().contains("stopped"), "through the shutdown hook: " + first.stdout());
        }
        try (var second = ServiceProcess.startLauncher(tmp.resolve("second"), environment(cache))) {
            assertHealthy(second);
            assertTrue(jvmOf(second).contains("-XX:AOTCache=" + cache));
            assertFalse(second.stdout().contains("AOT cache"), "nothing made again: " + second.stdout());
            assertEquals("", second.stderr(), "the JVM took the cache without a word");
        }
    }

    @Test
    void aCacheNotForThisJarIsMadeAgainAndOneThatCannotBeWrittenStartsWithoutIt() throws Exception {
        Path cache = Files.writeString(tmp.resolve("synckit.aot"), "not a cache");
        try (var remade = ServiceProcess.startLauncher(tmp.resolve("remade"), environment(cache))) {
            assertHealthy(remade);
            assertEquals("synckit: the AOT cache " + cache + " is not for this jar and JDK: making it again",
                    remade.stdout().lines().findFirst().orElseThrow());
            assertTrue(jvmOf(remade).contains("-XX:AOTCache=" + cache));
            assertEquals("", remade.stderr());
        }

        Path nowhere = tmp.resolve("no-such-dir/synckit.aot");
        try (var without = ServiceProcess.startLauncher(tmp.resolve("without"), environment(nowhere))) {
            assertHealthy(without);
            assertEquals("synckit: cannot write the AOT cache " + nowhere + " (set SYNCKIT_AOT_CACHE, or off); "
                    + "starting without it\n", without.stderr());
            assertTrue(jvmOf(without).stream().noneMatch(option -> option.startsWith("-XX:AOTCache")));
        }
    }

    @Test
    void argumentsTheEnvironmentAndTheExitCodePassThrough() throws Exception {
        var badArgument = ServiceProcess.startLauncher(tmp.resolve("argument"), Map.of("SYNCKIT_AOT_CACHE", "off"),
                "--config", "missing.yaml");
        assertTrue(badArgument.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, badArgument.process().exitValue());
        assertEquals("synckit: configuration: --config: no such file: \"missing.yaml\"\n", badArgument.stderr());

        var badVariable = ServiceProcess.startLauncher(tmp.resolve("variable"),
                Map.of("SYNCKIT_AOT_CACHE", "off", "SYNCKIT_HTTP_PORT", "70000"));
        assertTrue(badVariable.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, badVariable.process().exitValue());
        assertEquals("synckit: configuration: env SYNCKIT_HTTP_PORT: http.port: not a port number (0 to 65535): "
                + "\"70000\"\n", badVariable.stderr());
    }

    private void assertHealthy(ServiceProcess service) throws Exception {
        int port = service.awaitPort();
        var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals(HEALTHY, health.body());
    }

    /** The running JVM's command line: the launcher's own process became it ({@code exec}). */
    private static List<String> jvmOf(ServiceProcess service) {
        var info = service.process().toHandle().info();
        assertTrue(info.command().orElseThrow().endsWith("/bin/java"), info.toString());
        return List.of(info.arguments().orElseThrow());
    }
}
