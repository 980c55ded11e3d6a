package dev.synckit.agent.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.EngineWitness;
import dev.synckit.contract.agent.DeploymentStatus;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** http-check, webhook and step timeouts against a real loopback server and real processes. */
@Timeout(30)
class HttpStepsTest {

    @TempDir
    Path tmp;

    private HttpServer target;
    private final AtomicInteger verifyCalls = new AtomicInteger();
    private final AtomicInteger hooks = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        // /verify answers 503, then the old version, then v2: like a server coming back after a recreate
        target.createContext("/verify", exchange -> {
            try (exchange) {
                int call = verifyCalls.incrementAndGet();
                String version = call < 3 ? null : call < 5 ? "v1" : "v2";
                byte[] body = ("{\"name\":\"app\",\"sha256\":\"ab\",\"version\":\"" + version + "\",\"date\":\"d\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(version == null ? 503 : 200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        target.createContext("/hook", exchange -> {
            try (exchange) {
                hooks.incrementAndGet();
                exchange.sendResponseHeaders(exchange.getRequestURI().getQuery() == null ? 204 : 500, -1);
            }
        });
        target.start();
    }

    @AfterEach
    void stop() {
        target.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + target.getAddress().getPort() + path;
    }

    @Test
    void httpCheckWaitsUntilTheExpectedVersionAnswers() throws Exception {
        String yaml = "name: app\nsteps:\n  - http-check: { url: '" + url("/verify")
                + "', expect_version: v2, interval: 50ms, timeout: 20s }\n";
        try (var agent = new AgentFixture(yaml, tmp)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(DeploymentStatus.SUCCEEDED, state.status());
            assertEquals(5, verifyCalls.get());
            assertEquals("GET " + url("/verify") + ": status 503\nGET " + url("/verify")
                    + ": version \"v1\", waiting for \"v2\"\nGET " + url("/verify") + " ok (version v2)",
                    state.steps().getFirst().tail());
        }
    }

    @Test
    void httpCheckFailsWhenTheVersionNeverComes() throws Exception {
        String yaml = "name: app\nsteps:\n  - http-check: { url: '" + url("/verify")
                + "', expect_version: v3, interval: 50ms, timeout: 1s }\n";
        try (var agent = new AgentFixture(yaml, tmp)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(DeploymentStatus.FAILED, state.status());
            assertTrue(state.error().startsWith("step 1 (http-check: " + url("/verify") + ") failed: "),
                    state.error() + state.steps());
            assertTrue(state.error().contains("waiting for \"v3\""), state.error() + state.steps());
        }
    }

    @Test
    void aStepOverItsTimeoutFailsSayingSo() throws Exception {
        String yaml = "name: app\nsteps:\n  - shell: { run: 'echo slow; sleep 30', timeout: 1s }\n";
        try (var agent = new AgentFixture(yaml, tmp)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(DeploymentStatus.FAILED, state.status());
            assertEquals("step 1 (shell: echo slow; sleep 30) failed: timed out after 1s", state.error());
            assertEquals("slow\nstep failed: timed out after 1s", state.steps().getFirst().tail());
        }
    }

    @Test
    void webhookPostsToTheUrlFromTheEnvironmentMaskedAndFailsOnNon2xx() throws Exception {
        String ok = url("/hook").replace("http://", "http://user:pw@");
        String yaml = "name: app\nsteps:\n  - webhook: { url_env: HOOK_URL }\n  - webhook: { url: '"
                + url("/hook?fail=1") + "' }\n";
        try (var agent = new AgentFixture(yaml, tmp, Map.of("HOOK_URL", ok), EngineWitness.none())) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(2, hooks.get());
            assertEquals("POST http://***@127.0.0.1:" + target.getAddress().getPort() + "/hook -> 204",
                    state.steps().get(0).tail());
            assertEquals(DeploymentStatus.FAILED, state.status());
            assertEquals("step 2 (webhook) failed: webhook answered 500", state.error());
        }
    }
}
