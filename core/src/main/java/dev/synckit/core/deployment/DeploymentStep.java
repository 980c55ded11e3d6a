package dev.synckit.core.deployment;

import java.time.Duration;
import java.util.Optional;

/**
 * One step of a deployment as the agent reported it.
 *
 * @param tail the last lines of its output, already bounded and masked by the agent
 */
public record DeploymentStep(String name, StepStatus status, Optional<Duration> duration, String tail) {

    /** Where a step stands. */
    public enum StepStatus {
        PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED, CANCELLED
    }
}
