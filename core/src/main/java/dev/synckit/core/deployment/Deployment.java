package dev.synckit.core.deployment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to deploy one target, from the moment it is asked for to its end.
 *
 * @param ref         the revision or image to deploy; empty for "the newest" (rollback sets it)
 * @param requestedBy who asked: a Discord user id, an API token's name, or {@code event:<package>@<version>}
 */
public record Deployment(
        DeploymentId id,
        String target,
        DeploymentStatus status,
        String requestedBy,
        String reason,
        Optional<String> ref,
        Optional<String> fromHash,
        Optional<String> toHash,
        Optional<String> error,
        List<DeploymentStep> steps,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    public Deployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** A new deployment waiting in its target's queue. */
    public static Deployment queued(String target, String requestedBy, String reason, Optional<String> ref,
            Instant now) {
        return new Deployment(DeploymentId.random(), target, DeploymentStatus.QUEUED, requestedBy, reason, ref,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), now, Optional.empty(),
                Optional.empty());
    }
}
