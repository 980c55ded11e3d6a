package dev.synckit.core.agent;

import dev.synckit.config.TargetSettings;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.core.deployment.DeploymentId;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The deploy agent of a target. Every call returns within a bounded time: an agent that does not answer makes
 * the call fail fast with {@link AgentUnavailableException}, never hang.
 */
public interface AgentPort {

    /**
     * Starts a run of the target's pipeline. Idempotent: the deployment id is the run's request id, so a retried
     * start answers the run the first call started. An old synckit agent (only {@code POST /deploy}) runs the
     * pipeline within this call and answers {@link AgentRun.Finished}.
     *
     * @param ref         the revision or image to deploy (rollback); empty for the newest
     * @param callbackUrl where the agent posts signed progress events for this run
     */
    AgentRun start(TargetSettings target, DeploymentId id, Optional<String> ref, URI callbackUrl)
            throws AgentUnavailableException;

    /** The run's state as the agent knows it. */
    DeploymentState status(TargetSettings target, String runId) throws AgentUnavailableException, RunNotFoundException;

    /** Asks the agent to stop the run (it kills the running step's process tree). */
    void cancel(TargetSettings target, String runId) throws AgentUnavailableException, RunNotFoundException;

    /** The circuit breaker of each target's agent, for health details and metrics: target name → state. */
    Map<String, BreakerState> breakers();

    /** A circuit breaker's state, as resilience4j names them. */
    enum BreakerState {
        CLOSED, OPEN, HALF_OPEN, DISABLED, FORCED_OPEN, METRICS_ONLY
    }
}
