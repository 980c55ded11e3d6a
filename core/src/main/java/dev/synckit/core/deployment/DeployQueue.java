package dev.synckit.core.deployment;

import dev.synckit.config.TargetSettings;
import dev.synckit.core.agent.AgentPort;
import dev.synckit.core.agent.AgentRun;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import dev.synckit.core.lock.LockStore;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each target's queue: one deployment at a time per target, targets in parallel. Claims go through the store
 * (a row lock), so replicas sharing a database never start one deployment twice. A target that someone locked
 * keeps its queue until it is unlocked.
 */
public final class DeployQueue implements DeploymentListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeployQueue.class);

    private final Map<String, TargetSettings> targets;
    private final DeploymentStore store;
    private final Transitions transitions;
    private final LockStore locks;
    private final AgentPort agent;
    private final Function<DeploymentId, URI> callbackUrl;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<DeploymentId> starting = ConcurrentHashMap.newKeySet();

    public DeployQueue(Map<String, TargetSettings> targets, DeploymentStore store, Transitions transitions,
            LockStore locks, AgentPort agent, Function<DeploymentId, URI> callbackUrl, Clock clock) {
        this.targets = Map.copyOf(targets);
        this.store = store;
        this.transitions = transitions;
        this.locks = locks;
        this.agent = agent;
        this.callbackUrl = callbackUrl;
        this.clock = clock;
    }

    /** Starts the target's next deployment when none runs; returns at once. */
    public void wake(String target) {
        if (!workers.isShutdown()) {
            workers.execute(() -> startNext(target));
        }
    }

    /** Wakes every target: after a start, a restart, or requests made on another replica. */
    public void wakeAll() {
        targets.keySet().forEach(this::wake);
    }

    /** A deployment that ended frees its target for the next. */
    @Override
    public void changed(Deployment deployment) {
        if (deployment.status().isFinal()) {
            wake(deployment.target());
        }
    }

    /** Whether this process is starting the deployment right now (its agent call is under way). */
    boolean isStarting(DeploymentId id) {
        return starting.contains(id);
    }

    /** Starts again a running deployment whose start was never recorded (the process died during it). */
    void restart(Deployment deployment) {
        if (!workers.isShutdown()) {
            workers.execute(() -> start(deployment));
        }
    }

    private void startNext(String target) {
        try {
            if (locks.find(target).isPresent()) {
                return;
            }
            store.claimNext(target, clock.instant()).ifPresent(claimed -> {
                transitions.claimed(claimed);
                start(claimed);
            });
        } catch (RuntimeException e) {
            LOG.warn("could not start the next deployment of {}: {}", target, e.toString());
        }
    }

    private void start(Deployment deployment) {
        var target = targets.get(deployment.target());
        if (target == null || !starting.add(deployment.id())) {
            return;
        }
        try {
            LOG.info("starting deployment {} of {}", deployment.id(), deployment.target());
            var run = agent.start(target, deployment.id(), deployment.ref(), callbackUrl.apply(deployment.id()));
            switch (run) {
                case AgentRun.Started started -> recordRun(target, deployment.id(), started.runId());
                case AgentRun.Finished finished -> transitions.change(deployment.id(), current ->
                        current.status() == DeploymentStatus.RUNNING
                                ? Optional.of(AgentSnapshot.apply(current, finished.state(), clock.instant()))
                                : Optional.empty());
            }
        } catch (AgentUnavailableException e) {
            LOG.warn("deployment {} failed to start: {}", deployment.id(), e.getMessage());
            var now = clock.instant();
            transitions.change(deployment.id(), current -> current.status() == DeploymentStatus.RUNNING
                    ? Optional.of(current.ended(DeploymentStatus.FAILED, Optional.of(e.getMessage()), now))
                    : Optional.empty());
        } finally {
            starting.remove(deployment.id());
        }
    }

    /** Keeps the agent's run id; a deployment cancelled while the agent was taking it is cancelled there too. */
    private void recordRun(TargetSettings target, DeploymentId id, String runId) {
        var recorded = transitions.change(id, current -> current.status() == DeploymentStatus.RUNNING
                ? Optional.of(current.withAgentRun(runId)) : Optional.empty());
        if (recorded.isEmpty()) {
            try {
                agent.cancel(target, runId);
            } catch (AgentUnavailableException | RunNotFoundException e) {
                LOG.warn("deployment {} ended while its agent took it; cancelling run {} failed: {}", id, runId,
                        e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
