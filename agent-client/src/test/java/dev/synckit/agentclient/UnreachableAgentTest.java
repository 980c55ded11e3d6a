package dev.synckit.agentclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.core.agent.AgentPort.BreakerState;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.deployment.DeploymentId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Agents that do not answer: the call comes back (the class timeout is a generous bound, well over five times the
 * settings' worst case) with a message that names the agent and the reason, and never the secret.
 */
@Timeout(20)
class UnreachableAgentTest {

    private static final String SECRET = "s3cret-never-shown";
    private static final AgentClientSettings SHORT = new AgentClientSettings(Duration.ofMillis(300),
            Duration.ofMillis(300), Duration.ofSeconds(1), 3, Duration.ofMillis(20), 4, Duration.ofMinutes(1));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HttpAgentClient client = new HttpAgentClient(registry, SHORT);

    @AfterEach
    void close() {
        client.close();
    }

    private static TargetSettings target(String url) {
        return TargetSettings.of("default", URI.create(url), Secret.of(SECRET));
    }

    @Test
    void nothingListeningIsConnectionRefused() throws Exception {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        var url = "http://127.0.0.1:" + port;

        var e = assertThrows(AgentUnavailableException.class, () -> client.status(target(url), "run-1"));

        assertEquals("agent at " + url + " unreachable: connection refused", e.getMessage());
    }

    @Test
    void aHungAgentTimesOut() throws Exception {
        try (var hung = new SilentAgent(SilentAgent.Manner.HOLD)) {
            var e = assertThrows(AgentUnavailableException.class,
                    () -> client.start(target(hung.url()), DeploymentId.random(), Optional.empty(),
                            URI.create("http://127.0.0.1:9/cb")));

            assertEquals("agent at " + hung.url() + " unreachable: timed out after 300ms", e.getMessage());
            assertEquals(3, hung.connections(), "a start is idempotent by request id: tried maxAttempts times");
        }
    }

    @Test
    void repeatedFailuresOpenTheBreakerAndThenCallsFailFastWithoutConnecting() throws Exception {
        try (var hangsUp = new SilentAgent(SilentAgent.Manner.HANG_UP)) {
            var target = target(hangsUp.url());
            var first = assertThrows(AgentUnavailableException.class, () -> client.status(target, "run-1"));
            assertEquals("agent at " + hangsUp.url() + " unreachable: closed the connection without answering",
                    first.getMessage());
            awaitOpen(target);
            assertEquals(Map.of("default", BreakerState.OPEN), client.breakers());
            int connections = hangsUp.connections();

            var e = assertThrows(AgentUnavailableException.class, () -> client.cancel(target, "run-1"));

            assertEquals("agent at " + hangsUp.url() + " unreachable: circuit open after repeated failures",
                    e.getMessage());
            assertEquals(connections, hangsUp.connections(), "an open breaker does not call the agent");
            assertEquals(2.0, registry.get(AgentMeters.BREAKER_STATE).tag("target", "default").gauge().value());
        }
    }

    private void awaitOpen(TargetSettings target) throws Exception {
        for (int call = 0; call < 10; call++) {
            try {
                client.status(target, "run-1");
                fail("an agent that hangs up cannot answer");
            } catch (AgentUnavailableException e) {
                if (e.getMessage().endsWith("circuit open after repeated failures")) {
                    return;
                }
            }
        }
        fail("the breaker never opened");
    }
}
