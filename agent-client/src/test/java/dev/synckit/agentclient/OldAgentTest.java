package dev.synckit.agentclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepStatus;
import dev.synckit.core.agent.AgentRun;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import dev.synckit.core.deployment.DeploymentId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An old synckit agent (only POST /deploy, Go's answers) seen through the client. */
@Timeout(30)
class OldAgentTest {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:9/callbacks");

    private GoDeployAgent agent;
    private HttpAgentClient client;
    private TargetSettings target;

    @BeforeEach
    void start() throws Exception {
        agent = new GoDeployAgent();
        client = new HttpAgentClient(new SimpleMeterRegistry(), new AgentClientSettings(Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 3, Duration.ofMillis(20), 4, Duration.ofMinutes(1)));
        target = new TargetSettings("prod", URI.create(agent.url()), Secret.of(GoDeployAgent.SECRET),
                Optional.of("ledger"), false, NewVersionPolicy.ANNOUNCE, List.of());
    }

    @AfterEach
    void stop() {
        client.close();
        agent.close();
    }

    @Test
    void startRunsTheWholeDeployAndAnswersItsOutcome() throws Exception {
        agent.answerDeploy(200, "{\"ok\":true,\"tail\":\"Updating a1b2c3d..e4f5a6b\\nFast-forward\",\"fromHash\":"
                + "\"a1b2c3d\",\"toHash\":\"e4f5a6b\",\"fromUrl\":\"https://git.example/c/a1b2c3d\",\"toUrl\":"
                + "\"https://git.example/c/e4f5a6b\"}\n");
        var id = DeploymentId.random();

        var run = assertInstanceOf(AgentRun.Finished.class, client.start(target, id, Optional.empty(), CALLBACK));

        var state = run.state();
        assertEquals(DeploymentStatus.SUCCEEDED, state.status());
        assertEquals("ledger", state.pipeline());
        assertEquals(id.value(), state.requestId());
        assertEquals("deploy", state.trigger());
        assertEquals(false, state.alreadyUpToDate());
        assertEquals("a1b2c3d", state.fromHash());
        assertEquals("e4f5a6b", state.toHash());
        assertEquals("https://git.example/c/a1b2c3d", state.fromUrl());
        assertEquals("https://git.example/c/e4f5a6b", state.toUrl());
        assertNull(state.error());
        assertEquals(1, state.steps().size());
        assertEquals("deploy", state.steps().getFirst().name());
        assertEquals(StepStatus.SUCCEEDED, state.steps().getFirst().status());
        assertEquals("Updating a1b2c3d..e4f5a6b\nFast-forward", state.steps().getFirst().tail());
        assertEquals(List.of("pipeline=ledger"), agent.deployQueries());
        assertEquals(1, agent.otherRequests(), "one POST /v1/deployments found the agent old");
    }

    @Test
    void theOldAgentIsRememberedSoLaterStartsGoStraightToDeploy() throws Exception {
        agent.answerDeploy(200, "{\"ok\":true,\"alreadyUpToDate\":true,\"fromHash\":\"abc1234\",\"toHash\":\"abc1234\"}\n");
        client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK);

        var second = assertInstanceOf(AgentRun.Finished.class,
                client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK));

        assertEquals(true, second.state().alreadyUpToDate());
        assertEquals(2, agent.deploys());
        assertEquals(1, agent.otherRequests());
    }

    @Test
    void anAgentAnswering405IsOldToo() throws Exception {
        agent.answerOthers(405, "Method Not Allowed\n");

        var run = assertInstanceOf(AgentRun.Finished.class,
                client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK));

        assertEquals(DeploymentStatus.SUCCEEDED, run.state().status());
        assertEquals(1, agent.deploys());
    }

    @Test
    void aJsonNotFoundIsARefusalNotAnOldAgent() {
        agent.answerOthers(404, "{\"error\":\"unknown pipeline \\\"ledger\\\"\"}");

        var e = assertThrows(AgentUnavailableException.class,
                () -> client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK));

        assertEquals("agent at " + agent.url() + " refused the deployment: 404 unknown pipeline \"ledger\"",
                e.getMessage());
        assertEquals(0, agent.deploys());
    }

    @Test
    void aFailedDeployIsAFailedState() throws Exception {
        var state = failedDeploy("{\"ok\":false}\n");

        assertEquals(DeploymentStatus.FAILED, state.status());
        assertEquals("the agent reported a failed deploy", state.error());
        assertEquals(StepStatus.FAILED, state.steps().getFirst().status());
        assertNull(state.steps().getFirst().tail());
    }

    @Test
    void aFailedDeployIsRecordedWithTheLastMeaningfulLineOfItsTail() throws Exception {
        var state = failedDeploy("{\"ok\":false,\"tail\":\"Step 3/5 : RUN make\\nmake: *** [all] Error 2\\n  \\n\\n\"}\n");

        assertEquals(DeploymentStatus.FAILED, state.status());
        assertEquals("make: *** [all] Error 2", state.error());
    }

    /** The state an old agent's 200 answer {@code body} to its deploy stands for. */
    private DeploymentState failedDeploy(String body) throws Exception {
        agent.answerDeploy(200, body);
        return assertInstanceOf(AgentRun.Finished.class,
                client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK)).state();
    }

    @Test
    void aFailingDeployIsNeverRetried() {
        agent.answerDeploy(502, "bad gateway\n");

        var e = assertThrows(AgentUnavailableException.class,
                () -> client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK));

        assertEquals("agent at " + agent.url() + " unreachable: answered 502", e.getMessage());
        assertEquals(1, agent.deploys());
    }

    @Test
    void aBusyAgentSaysSo() {
        agent.answerDeploy(409, "deploy already in progress\n");

        var e = assertThrows(AgentUnavailableException.class,
                () -> client.start(target, DeploymentId.random(), Optional.empty(), CALLBACK));

        assertEquals("agent at " + agent.url() + " busy: deploy already in progress", e.getMessage());
    }

    @Test
    void aWrongSecretIsNamedWithoutTheSecret() {
        var wrong = TargetSettings.of("prod", URI.create(agent.url()), Secret.of("not-the-secret"));

        var e = assertThrows(AgentUnavailableException.class,
                () -> client.start(wrong, DeploymentId.random(), Optional.empty(), CALLBACK));

        assertEquals("agent at " + agent.url() + " refused our secret (401)", e.getMessage());
    }

    @Test
    void aRollbackToARefIsRefusedRatherThanDeployingTheNewest() {
        var e = assertThrows(AgentUnavailableException.class,
                () -> client.start(target, DeploymentId.random(), Optional.of("a1b2c3d"), CALLBACK));

        assertEquals("agent at " + agent.url() + " is an old synckit agent (only POST /deploy): it cannot deploy"
                + " a given ref", e.getMessage());
        assertEquals(0, agent.deploys());
    }

    @Test
    void statusOfAnOldAgentsRunIsNotFoundAndCancelIsANoOp() throws Exception {
        var e = assertThrows(RunNotFoundException.class, () -> client.status(target, "some-run"));
        assertEquals("agent at " + agent.url() + " is an old synckit agent (only POST /deploy): it keeps no runs,"
                + " so it cannot tell run some-run", e.getMessage());
        int requests = agent.otherRequests();

        client.cancel(target, "some-run");

        assertEquals(requests, agent.otherRequests(), "a known old agent is not asked to cancel");
        assertEquals(0, agent.deploys());
    }
}
