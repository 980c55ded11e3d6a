package dev.synckit.core.deployment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where deployments and their steps are kept. */
public interface DeploymentStore {

    void insert(Deployment deployment);

    Optional<Deployment> find(DeploymentId id);

    /** Newest first; all targets when {@code target} is empty. */
    List<Deployment> recent(Optional<String> target, int limit);

    /**
     * Replaces the stored deployment with {@code updated} only if it is still in {@code expected} state: a
     * compare-and-set, so that two processes never both move the same deployment.
     *
     * @return true when the row was in {@code expected} state and is now {@code updated}
     */
    boolean update(DeploymentStatus expected, Deployment updated);

    /**
     * Moves the oldest queued deployment of {@code target} to running, unless one is running already, in one
     * transaction holding a row lock: two replicas never start the same deployment or two for one target.
     */
    Optional<Deployment> claimNext(String target, Instant now);

    /** The last succeeded deployment of {@code target} created before {@code before}, newest first. */
    Optional<Deployment> lastSucceededBefore(String target, Instant before);
}
