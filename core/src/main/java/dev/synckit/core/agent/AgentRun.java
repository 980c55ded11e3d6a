package dev.synckit.core.agent;

import dev.synckit.contract.agent.DeploymentState;

/** What starting a run answered: a run under way (the async protocol), or one already over (an old agent). */
public sealed interface AgentRun {

    /** The agent took the run; progress follows by callbacks and by polling {@code runId}. */
    record Started(String runId, DeploymentState state) implements AgentRun {
    }

    /** An old synckit agent ran the whole pipeline within the call; this is its outcome. */
    record Finished(DeploymentState state) implements AgentRun {
    }
}
