package dev.synckit.core.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.StepState;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an agent's report of a run reads into our deployment. */
class AgentSnapshotTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private final Deployment running = Deployment.queued("web", "api", "ship", Optional.of("v2"), T0)
            .withStatus(DeploymentStatus.RUNNING);

    private static DeploymentState state(dev.synckit.contract.agent.DeploymentStatus status, String from, String to,
            String error, List<StepState> steps) {
        return new DeploymentState("run-1", "web", status, "api", "v2", null, false, from, to, null, null, steps,
                error, null, null, null);
    }

    @Test
    void aRunTheAgentStillQueuesIsRunningForUsWithItsSteps() {
        var applied = AgentSnapshot.apply(running, state(dev.synckit.contract.agent.DeploymentStatus.QUEUED, null,
                null, null, List.of(new StepState("git-pull", dev.synckit.contract.agent.StepStatus.PENDING, 0,
                        null))), T0.plusSeconds(1));

        assertEquals(DeploymentStatus.RUNNING, applied.status());
        assertEquals(Optional.of("run-1"), applied.agentRunId());
        assertEquals(List.of(new DeploymentStep("git-pull", StepStatus.PENDING, Optional.empty(), "")),
                applied.steps());
        assertEquals(Optional.empty(), applied.finishedAt());
    }

    @Test
    void aFinishedRunEndsTheDeploymentWithHashesDurationsAndTheError() {
        var end = T0.plusSeconds(30);
        var applied = AgentSnapshot.apply(running, state(dev.synckit.contract.agent.DeploymentStatus.FAILED,
                "a1b2c3d", "e4f5a6b", "step smoke failed", List.of(
                        new StepState("git-pull", dev.synckit.contract.agent.StepStatus.SUCCEEDED, 1500, "ok"),
                        new StepState("smoke", dev.synckit.contract.agent.StepStatus.FAILED, 250, "boom"))), end);

        assertEquals(DeploymentStatus.FAILED, applied.status());
        assertEquals(Optional.of("a1b2c3d"), applied.fromHash());
        assertEquals(Optional.of("e4f5a6b"), applied.toHash());
        assertEquals(Optional.of("step smoke failed"), applied.error());
        assertEquals(Optional.of(end), applied.finishedAt());
        assertEquals(List.of(
                new DeploymentStep("git-pull", StepStatus.SUCCEEDED, Optional.of(Duration.ofMillis(1500)), "ok"),
                new DeploymentStep("smoke", StepStatus.FAILED, Optional.of(Duration.ofMillis(250)), "boom")),
                applied.steps());
        assertEquals(running.requestedBy(), applied.requestedBy());
        assertEquals(running.ref(), applied.ref());
    }

    @Test
    void blankValuesFromTheAgentKeepWhatWeKnew() {
        var known = AgentSnapshot.apply(running, state(dev.synckit.contract.agent.DeploymentStatus.RUNNING,
                "a1b2c3d", null, null, List.of()), T0);
        var later = AgentSnapshot.apply(known, state(dev.synckit.contract.agent.DeploymentStatus.RUNNING, " ", "",
                null, List.of()), T0);
        assertEquals(Optional.of("a1b2c3d"), later.fromHash());
        assertEquals(Optional.empty(), later.toHash());
    }
}
