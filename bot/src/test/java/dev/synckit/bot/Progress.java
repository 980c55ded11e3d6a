package dev.synckit.bot;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.Transitions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Moves a stored deployment as the agent's callbacks would, through the real {@link Transitions}. */
record Progress(Transitions transitions) {

    Deployment steps(DeploymentId id, String from, List<DeploymentStep> steps) {
        return transitions.change(id, d -> Optional.of(new Deployment(d.id(), d.target(), d.status(), d.requestedBy(),
                d.reason(), d.ref(), Optional.of(from), d.toHash(), d.error(), steps, d.createdAt(), d.startedAt(),
                d.finishedAt(), d.agentRunId()))).orElseThrow();
    }

    Deployment end(DeploymentId id, DeploymentStatus end, String to, List<DeploymentStep> steps, String error) {
        return transitions.change(id, d -> Optional.of(new Deployment(d.id(), d.target(), end, d.requestedBy(),
                d.reason(), d.ref(), d.fromHash(), Optional.ofNullable(to), Optional.ofNullable(error), steps,
                d.createdAt(), d.startedAt(), Optional.of(Instant.now()), d.agentRunId()))).orElseThrow();
    }

    static DeploymentStep step(String name, DeploymentStep.StepStatus status, String tail) {
        return new DeploymentStep(name, status, Optional.of(Duration.ofMillis(1200)), tail);
    }
}
