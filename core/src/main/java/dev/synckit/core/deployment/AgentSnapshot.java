package dev.synckit.core.deployment;

import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.StepState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads what an agent reports about a run into our deployment: the one mapping, for callbacks and polls alike. */
final class AgentSnapshot {

    private AgentSnapshot() {
    }

    /** {@code current} as the agent's {@code state} describes it; a run the agent still queues is running for us. */
    static Deployment apply(Deployment current, DeploymentState state, Instant now) {
        var status = switch (state.status()) {
            case QUEUED, RUNNING -> DeploymentStatus.RUNNING;
            case SUCCEEDED -> DeploymentStatus.SUCCEEDED;
            case FAILED -> DeploymentStatus.FAILED;
            case CANCELLED -> DeploymentStatus.CANCELLED;
        };
        var steps = state.steps().stream().map(AgentSnapshot::step).toList();
        var error = Optional.ofNullable(state.error()).filter(text -> !text.isBlank()).or(current::error);
        var finishedAt = status.isFinal() ? Optional.of(now) : Optional.<Instant>empty();
        return new Deployment(current.id(), current.target(), status, current.requestedBy(), current.reason(),
                current.ref(), nonBlank(state.fromHash()).or(current::fromHash),
                nonBlank(state.toHash()).or(current::toHash), error, steps, current.createdAt(), current.startedAt(),
                finishedAt, nonBlank(state.id()).or(current::agentRunId));
    }

    private static DeploymentStep step(StepState step) {
        var status = DeploymentStep.StepStatus.valueOf(step.status().name());
        var duration = status == DeploymentStep.StepStatus.PENDING ? Optional.<Duration>empty()
                : Optional.of(Duration.ofMillis(step.durationMs()));
        return new DeploymentStep(step.name(), status, duration, step.tail() == null ? "" : step.tail());
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
