package dev.synckit.webhooks;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.people.ActorNames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A deployment as the HTTP API shows it: every field present, {@code null} when not known yet. {@code requestedBy}
 * stays the id it always was; {@code requestedByName} is the person's display name (a token's name, …) beside it.
 */
record DeploymentView(
        String id,
        String target,
        String status,
        String requestedBy,
        String requestedByName,
        String reason,
        String ref,
        String fromHash,
        String toHash,
        String error,
        List<Step> steps,
        String createdAt,
        String startedAt,
        String finishedAt) {

    /** {@code names} knows the name of the one who asked, when anyone does. */
    static DeploymentView of(Deployment deployment, ActorNames names) {
        return new DeploymentView(deployment.id().value(), deployment.target(), deployment.status().wireName(),
                deployment.requestedBy(), names.of(deployment.requestedBy()).orElse(null), deployment.reason(), deployment.ref().orElse(null),
                deployment.fromHash().orElse(null), deployment.toHash().orElse(null),
                deployment.error().orElse(null), deployment.steps().stream().map(Step::of).toList(),
                deployment.createdAt().toString(), deployment.startedAt().map(Instant::toString).orElse(null),
                deployment.finishedAt().map(Instant::toString).orElse(null));
    }

    /** One step: its state, how long it took, and the tail of its output. */
    record Step(String name, String status, Long durationMs, String tail) {

        static Step of(DeploymentStep step) {
            return new Step(step.name(), step.status().name().toLowerCase(java.util.Locale.ROOT),
                    step.duration().map(Duration::toMillis).orElse(null), step.tail());
        }
    }
}
