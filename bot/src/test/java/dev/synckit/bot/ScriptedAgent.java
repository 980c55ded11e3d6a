package dev.synckit.bot;

import dev.synckit.config.TargetSettings;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.core.agent.AgentPort;
import dev.synckit.core.agent.AgentRun;
import dev.synckit.core.deployment.DeploymentId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A SCRIPTED FAKE of the deploy agent, for the bot's own tests only: it takes every run and reports nothing by
 * itself; the test drives the progress through {@link Progress}. The app's end-to-end tests use the real agent.
 */
final class ScriptedAgent implements AgentPort {

    final List<DeploymentId> started = new CopyOnWriteArrayList<>();
    final List<String> cancelled = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> onCancel = runId -> { };

    void onCancel(Consumer<String> reaction) {
        onCancel = reaction;
    }

    @Override
    public AgentRun start(TargetSettings target, DeploymentId id, Optional<String> ref, URI callbackUrl) {
        started.add(id);
        return new AgentRun.Started("run-" + id, new DeploymentState("run-" + id, null, DeploymentStatus.RUNNING,
                "api", ref.orElse(null), id.toString(), false, null, null, null, null, List.of(), null, null, null,
                null));
    }

    @Override
    public DeploymentState status(TargetSettings target, String runId) {
        throw new UnsupportedOperationException("the scripted agent is never polled in these tests");
    }

    @Override
    public void cancel(TargetSettings target, String runId) {
        cancelled.add(runId);
        onCancel.accept(runId);
    }

    @Override
    public Map<String, BreakerState> breakers() {
        return Map.of();
    }
}
