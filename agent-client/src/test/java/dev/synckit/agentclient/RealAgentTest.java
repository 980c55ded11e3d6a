package dev.synckit.agentclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.CallbackReceiver;
import dev.synckit.agent.GitFixture;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepStatus;
import dev.synckit.core.agent.AgentPort.BreakerState;
import dev.synckit.core.agent.AgentRun;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import dev.synckit.core.deployment.DeploymentId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client against the real agent, in-process on loopback, deploying a real git repository. */
@Timeout(60)
class RealAgentTest {

    @TempDir
    Path tmp;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HttpAgentClient client = new HttpAgentClient(registry, new AgentClientSettings(
            Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofMillis(50), 4,
            Duration.ofMinutes(1)));
    private GitFixture git;
    private CallbackReceiver callbacks;

    @BeforeEach
    void repository() throws Exception {
        git = new GitFixture(tmp);
        callbacks = new CallbackReceiver(AgentFixture.SECRET, 0);
    }

    @AfterEach
    void close() {
        client.close();
        callbacks.close();
    }

    private AgentFixture agent(String... extraSteps) throws Exception {
        var yaml = new StringBuilder("name: ledger\nrepo: " + git.clone() + "\nsteps:\n  - git-pull\n");
        for (String step : extraSteps) {
            yaml.append("  - ").append(step).append('\n');
        }
        return new AgentFixture(yaml.toString(), tmp.resolve("data"));
    }

    private static TargetSettings target(AgentFixture agent, String secret) {
        return TargetSettings.of("default", URI.create("http://127.0.0.1:" + agent.agent().port()),
                Secret.of(secret));
    }

    private AgentRun.Started start(TargetSettings target, DeploymentId id) throws Exception {
        return assertInstanceOf(AgentRun.Started.class,
                client.start(target, id, Optional.empty(), URI.create(callbacks.url())));
    }

    private DeploymentState awaitFinal(TargetSettings target, String runId) throws Exception {
        while (true) {
            var state = client.status(target, runId);
            if (state.status().isFinal()) {
                return state;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void startThenStatusUntilItSucceededWithTheRepositorysHashes() throws Exception {
        String before = git.cloneHead();
        String after = git.push("second");
        try (var agent = agent()) {
            var target = target(agent, AgentFixture.SECRET);
            var id = DeploymentId.random();

            var started = start(target, id);

            assertFalse(started.runId().isBlank());
            assertEquals(started.runId(), started.state().id());
            assertEquals(id.value(), started.state().requestId());
            var done = awaitFinal(target, started.runId());
            assertEquals(DeploymentStatus.SUCCEEDED, done.status());
            assertEquals(before.substring(0, 7), done.fromHash());
            assertEquals(after.substring(0, 7), done.toHash());
            assertEquals(after, git.cloneHead());
        }
    }

    @Test
    void startingTheSameDeploymentTwiceAnswersTheSameRun() throws Exception {
        git.push("second");
        try (var agent = agent()) {
            var target = target(agent, AgentFixture.SECRET);
            var id = DeploymentId.random();

            var first = start(target, id);
            var again = start(target, id);

            assertEquals(first.runId(), again.runId());
            assertEquals(first.runId(), start(target, id).runId());
            assertEquals(DeploymentStatus.SUCCEEDED, awaitFinal(target, first.runId()).status());
        }
    }

    @Test
    void cancelStopsTheRunningStep() throws Exception {
        git.push("second");
        try (var agent = agent("shell: { run: 'sleep 30' }")) {
            var target = target(agent, AgentFixture.SECRET);
            var runId = start(target, DeploymentId.random()).runId();
            while (client.status(target, runId).steps().get(1).status() != StepStatus.RUNNING) {
                Thread.sleep(20);
            }

            client.cancel(target, runId);

            var done = awaitFinal(target, runId);
            assertEquals(DeploymentStatus.CANCELLED, done.status());
            assertEquals(StepStatus.CANCELLED, done.steps().get(1).status());
            client.cancel(target, runId);
        }
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        try (var agent = agent()) {
            var target = target(agent, AgentFixture.SECRET);

            var e = assertThrows(RunNotFoundException.class, () -> client.status(target, "no-such-run"));

            assertEquals("agent at " + target.agentUrl() + " knows no run no-such-run", e.getMessage());
            assertThrows(RunNotFoundException.class, () -> client.cancel(target, "no-such-run"));
        }
    }

    @Test
    void aWrongSecretIsRefusedWithoutCountingAgainstTheAgent() throws Exception {
        try (var agent = agent()) {
            var target = target(agent, "not-the-secret");

            for (int call = 0; call < 6; call++) {
                var e = assertThrows(AgentUnavailableException.class,
                        () -> client.start(target, DeploymentId.random(), Optional.empty(), URI.create(callbacks.url())));
                assertEquals("agent at " + target.agentUrl() + " refused our secret (401)", e.getMessage());
            }

            assertEquals(Map.of("default", BreakerState.CLOSED), client.breakers());
        }
    }

    @Test
    void callsAreTimedByTargetOperationAndOutcomeAndTheBreakerIsGauged() throws Exception {
        git.push("second");
        try (var agent = agent()) {
            var target = target(agent, AgentFixture.SECRET);
            var runId = start(target, DeploymentId.random()).runId();
            awaitFinal(target, runId);
            assertThrows(RunNotFoundException.class, () -> client.status(target, "no-such-run"));

            assertEquals(1, registry.get(AgentMeters.CALLS)
                    .tags("target", "default", "operation", "start", "outcome", "ok").timer().count());
            assertEquals(1, registry.get(AgentMeters.CALLS)
                    .tags("target", "default", "operation", "status", "outcome", "not_found").timer().count());
            assertEquals(0.0, registry.get(AgentMeters.BREAKER_STATE).tag("target", "default").gauge().value());
        }
    }
}
