package dev.synckit.embeds;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deployments as the tests need them, with fixed ids and times. */
final class Deployments {

    static final DeploymentId ID = new DeploymentId("0b7e6c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b");
    static final Instant CREATED = Instant.parse("2026-06-10T12:00:00Z");
    static final Instant STARTED = CREATED.plusSeconds(2);
    static final Instant NOW = STARTED.plusSeconds(65);
    static final String FROM = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
    static final String TO = "e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d";
    static final String USER = "123456789012345678";

    private Deployments() {
    }

    static Deployment of(DeploymentStatus status, Optional<String> from, Optional<String> to, Optional<String> error,
            List<DeploymentStep> steps) {
        var started = status == DeploymentStatus.QUEUED || status == DeploymentStatus.AWAITING_CONFIRMATION
                ? Optional.<Instant>empty() : Optional.of(STARTED);
        var finished = status.isFinal() ? Optional.of(STARTED.plusSeconds(63)) : Optional.<Instant>empty();
        return new Deployment(ID, "ledger", status, USER, "new proto", Optional.empty(), from, to, error, steps,
                CREATED, started, finished, Optional.empty());
    }

    static DeploymentStep step(String name, StepStatus status, long millis, String tail) {
        return new DeploymentStep(name, status, millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis)),
                tail);
    }
}
