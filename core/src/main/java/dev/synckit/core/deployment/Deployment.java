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
 * @param agentRunId  the agent's id of the run, once the agent took it
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
        Optional<Instant> finishedAt,
        Optional<String> agentRunId) {

    public Deployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** A new deployment: queued, or awaiting a confirmation first. */
    public static Deployment requested(String target, DeploymentStatus status, String requestedBy, String reason,
            Optional<String> ref, Instant now) {
        return new Deployment(DeploymentId.random(), target, status, requestedBy, reason, ref,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), now, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A new deployment waiting in its target's queue. */
    public static Deployment queued(String target, String requestedBy, String reason, Optional<String> ref,
            Instant now) {
        return requested(target, DeploymentStatus.QUEUED, requestedBy, reason, ref, now);
    }

    /** The same deployment in another state (the moves are checked by the callers, against the store). */
    public Deployment withStatus(DeploymentStatus next) {
        return new Deployment(id, target, next, requestedBy, reason, ref, fromHash, toHash, error, steps, createdAt,
                startedAt, finishedAt, agentRunId);
    }

    /** The same deployment, ended now in {@code end} with {@code why}. */
    public Deployment ended(DeploymentStatus end, Optional<String> why, Instant now) {
        return new Deployment(id, target, end, requestedBy, reason, ref, fromHash, toHash, why.or(() -> error),
                steps, createdAt, startedAt, Optional.of(now), agentRunId);
    }

    /** The same deployment, taken by the agent as run {@code runId}. */
    public Deployment withAgentRun(String runId) {
        return new Deployment(id, target, status, requestedBy, reason, ref, fromHash, toHash, error, steps, createdAt,
                startedAt, finishedAt, Optional.of(runId));
    }
}
