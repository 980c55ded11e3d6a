package dev.synckit.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.awaitility.Awaitility.await;

import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: {@code java -jar synckit-agent.jar}, configured by environment only. */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AgentJarIT {

    private static final Path JAR = Path.of(System.getProperty("synckit.agent.jar", "target/synckit-agent.jar"));
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path tmp;

    private Process start(Map<String, String> env) throws Exception {
        var builder = new ProcessBuilder(JAVA, "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("DEPLOY_AGENT_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void theJarServesPostDeployOverRealHttp() throws Exception {
        var git = new GitFixture(tmp);
        String before = git.cloneHead();
        String after = git.push("second");
        Path config = Files.writeString(tmp.resolve("deploy-agent.yaml"),
                "name: ledger\nrepo: " + git.clone() + "\nsteps:\n  - git-pull\n  - shell: { run: 'echo from jar' }\n");
        var agent = start(Map.of("DEPLOY_AGENT_SECRET", "jar-secret", "DEPLOY_AGENT_PORT", "0",
                "DEPLOY_AGENT_CONFIG", config.toString(), "DEPLOY_AGENT_DATA_DIR", tmp.resolve("data").toString()));
        try (var http = HttpClient.newHttpClient()) {
            var response = call(http, port(agent), "POST", "/deploy", null);
            assertEquals(200, response.statusCode());
            assertEquals("{\"ok\":true,\"fromHash\":\"" + before.substring(0, 7) + "\",\"toHash\":\""
                    + after.substring(0, 7) + "\"}\n", response.body());
        } finally {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The port the agent printed; its log is drained from then on, so it never blocks on a full pipe. */
    private static int port(Process agent) throws Exception {
        var out = new BufferedReader(new InputStreamReader(agent.getInputStream()));
        int port = -1;
        for (String line; port < 0 && (line = out.readLine()) != null; ) {
            var m = LISTENING.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        Thread.ofVirtual().start(() -> out.lines().forEach(line -> { }));
        assertTrue(port > 0, "the agent printed its port");
        return port;
    }

    private static HttpResponse<String> call(HttpClient http, int port, String method, String path, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer jar-secret")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStepsProcessGroupDoesNotOutliveAnAgentKilledWithSigkill() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        Path pids = tmp.resolve("pids");
        Path config = Files.writeString(tmp.resolve("deploy-agent.yaml"), "name: ledger\nrepo: " + git.clone()
                + "\nsteps:\n  - git-pull\n  - shell: { run: 'sleep 300 & echo $$ $! > " + pids + "; wait' }\n");
        var env = Map.of("DEPLOY_AGENT_SECRET", "jar-secret", "DEPLOY_AGENT_PORT", "0",
                "DEPLOY_AGENT_CONFIG", config.toString(), "DEPLOY_AGENT_DATA_DIR", tmp.resolve("data").toString());
        var first = start(env);
        Process second = null;
        long group = -1;
        long sleep = -1;
        try (var http = HttpClient.newHttpClient()) {
            var started = call(http, port(first), "POST", "/v1/deployments", "{}");
            assertEquals(202, started.statusCode(), started.body());
            String id = WireJson.mapper().readTree(started.body()).path("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(pids)
                    && Files.readString(pids).strip().split(" ").length == 2);
            String[] written = Files.readString(pids).strip().split(" ");
            group = Long.parseLong(written[0]);
            sleep = Long.parseLong(written[1]);

            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            assertTrue(ProcessHandle.of(sleep).map(ProcessHandle::isAlive).orElse(false),
                    "the step's sleep outlived the agent it ran under");

            second = start(env);
            int port = port(second);
            long sleepPid = sleep;
            await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(sleepPid).isEmpty()
                    || !ProcessHandle.of(sleepPid).get().isAlive());
            var state = WireJson.mapper().readValue(call(http, port, "GET", "/v1/deployments/" + id, null).body(),
                    DeploymentState.class);
            assertEquals(DeploymentStatus.FAILED, state.status());
            String ended = "the agent stopped while this deployment was running; when it started again it ended"
                    + " what the step had left running: process group " + group + " (";
            assertTrue(state.error().startsWith(ended), state.error());
            assertTrue(state.error().contains("sleep pid " + sleep), state.error());
            String log = call(http, port, "GET", "/v1/deployments/" + id + "/log", null).body();
            assertTrue(log.contains("\n== " + state.error() + "\n"), log);
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroy();
                second.waitFor(10, TimeUnit.SECONDS);
            }
            if (sleep > 0) {
                ProcessHandle.of(sleep).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void withoutASecretTheJarRefusesToStart() throws Exception {
        var agent = start(Map.of("DEPLOY_AGENT_PORT", "0"));
        String out = new String(agent.getInputStream().readAllBytes());
        assertTrue(agent.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, agent.exitValue());
        assertEquals("synckit-agent: DEPLOY_AGENT_SECRET is required (the bearer secret callers and callbacks use)\n",
                out);
    }

    @Test
    void aBadConfigStopsTheStartWithOneLineNamingFileLineAndKey() throws Exception {
        Path config = Files.writeString(tmp.resolve("bad.yaml"), "repo: /r\nsteps:\n  - shell: { run: x, timeout: 5x }\n");
        var agent = start(Map.of("DEPLOY_AGENT_SECRET", "s", "DEPLOY_AGENT_PORT", "0",
                "DEPLOY_AGENT_CONFIG", config.toString(), "DEPLOY_AGENT_DATA_DIR", tmp.resolve("data").toString()));
        String out = new String(agent.getInputStream().readAllBytes());
        assertTrue(agent.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, agent.exitValue());
        List<String> lines = new ArrayList<>(out.lines().toList());
        assertEquals(List.of("synckit-agent: " + config + ":3: steps[0].shell.timeout: bad duration \"5x\" "
                + "(use e.g. 90s, 5m, 1h30m)"), lines);
    }
}
