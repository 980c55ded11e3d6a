package dev.synckit.core.deployment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where deployments and their steps are kept. */
public interface DeploymentStore {

    void insert(Deployment deployment);

    Optional<Deployment> find(DeploymentId id);

    /** The deployment with its version, read together: what {@link #update} compares. */
    Optional<StoredDeployment> findStored(DeploymentId id);

    /** The deployment of {@code target} that the agent runs as {@code agentRunId}. */
    Optional<Deployment> findByAgentRun(String target, String agentRunId);

    /** Newest first; all targets when {@code target} is empty. */
    List<Deployment> recent(Optional<String> target, int limit);

    /**
     * Replaces the stored deployment with {@code updated} only if it is still at {@code expected}'s version, and
     * increments the version: a compare-and-set, so that two processes never both move the same deployment and a
     * stale snapshot never overwrites a newer one.
     *
     * @return true when the row was at {@code expected}'s version and is now {@code updated}
     */
    boolean update(StoredDeployment expected, Deployment updated);

    /**
     * Moves the oldest queued deployment of {@code target} to running, unless one is running already, in one
     * transaction holding a row lock: two replicas never start the same deployment or two for one target.
     */
    Optional<Deployment> claimNext(String target, Instant now);

    /** Every deployment now in {@code status}, oldest first: what the queue runner looks after. */
    List<Deployment> inStatus(DeploymentStatus status);

    /**
     * How many deployments of each target are in each unfinished state, in one grouped query: what the operator's
     * gauges show. Targets and states with none are absent.
     */
    Map<String, Map<DeploymentStatus, Long>> unfinishedCounts();

    /**
     * Keeps one progress event of a deployment: its type and the output it carried (empty for most types), with
     * what of it was not kept. The pair of deployment id and sequence is unique, so a repeated event is recognised
     * and kept once.
     *
     * @return true when this event was new
     */
    boolean recordProgress(DeploymentId id, long sequence, String type, KeptOutput output, Instant receivedAt);

    /** The output the agent reported for the deployment, in sequence order: the full log, not only the tail. */
    List<KeptOutput> output(DeploymentId id);

    /** How many characters of output are kept for the deployment: what its log cap is measured against. */
    long keptOutputChars(DeploymentId id);

    /** The last succeeded deployment of {@code target} created before {@code before}, newest first. */
    Optional<Deployment> lastSucceededBefore(String target, Instant before);
}
