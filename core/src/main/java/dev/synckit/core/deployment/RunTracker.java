package dev.synckit.core.deployment;

import dev.synckit.config.TargetSettings;
import dev.synckit.core.agent.AgentPort;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every running deployment by polling its agent, beside the callbacks: a lost callback, a service restart
 * in the middle of a deployment, or another replica's deployment all end up tracked to their end. A deployment
 * whose agent stays silent longer than the silence limit ends failed with the reason, never stuck in running.
 */
public final class RunTracker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunTracker.class);

    private final Map<String, TargetSettings> targets;
    private final DeploymentStore store;
    private final Transitions transitions;
    private final AgentPort agent;
    private final DeployQueue queue;
    private final Clock clock;
    private final Settings settings;
    private final Map<DeploymentId, Instant> lastHeard = new ConcurrentHashMap<>();
    private final Instant trackingSince;
    private volatile Thread loop;

    /**
     * @param pollInterval how often running deployments are polled and queues woken
     * @param silenceLimit how long an agent may not answer about a running deployment before it is failed
     * @param startGrace   how long a start may be under way (in any replica) before it is issued again
     */
    public record Settings(Duration pollInterval, Duration silenceLimit, Duration startGrace) {

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(60));
        }
    }

    public RunTracker(Map<String, TargetSettings> targets, DeploymentStore store, Transitions transitions,
            AgentPort agent, DeployQueue queue, Clock clock, Settings settings) {
        this.targets = Map.copyOf(targets);
        this.store = store;
        this.transitions = transitions;
        this.agent = agent;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
        this.trackingSince = clock.instant();
    }

    /** Starts polling in the background. */
    public void start() {
        loop = Thread.ofVirtual().name("deployment-tracker").start(this::run);
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                tick();
                Thread.sleep(settings.pollInterval());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("tracking deployments failed this round: {}", e.toString());
                try {
                    Thread.sleep(settings.pollInterval());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** One round: wake every queue, and bring every running deployment up to date with its agent. */
    void tick() {
        queue.wakeAll();
        var running = store.inStatus(DeploymentStatus.RUNNING);
        running.forEach(this::track);
        // only running deployments can fall silent: forget the rest without asking the store about each
        var ids = running.stream().map(Deployment::id).collect(Collectors.toSet());
        lastHeard.keySet().retainAll(ids);
    }

    private void track(Deployment deployment) {
        var target = targets.get(deployment.target());
        var now = clock.instant();
        if (target == null) {
            end(deployment.id(), "target " + deployment.target() + " is no longer configured", now);
            return;
        }
        if (deployment.agentRunId().isEmpty()) {
            var since = deployment.startedAt().orElse(deployment.createdAt());
            if (!queue.isStarting(deployment.id()) && since.isBefore(now.minus(settings.startGrace()))) {
                LOG.info("deployment {} was never taken by its agent; starting it again", deployment.id());
                queue.restart(deployment);
            }
            return;
        }
        var runId = deployment.agentRunId().get();
        try {
            var state = agent.status(target, runId);
            lastHeard.put(deployment.id(), now);
            transitions.change(deployment.id(), current -> current.status() == DeploymentStatus.RUNNING
                    ? Optional.of(AgentSnapshot.apply(current, state, clock.instant())) : Optional.empty());
        } catch (RunNotFoundException e) {
            end(deployment.id(), "the agent has no record of run " + runId + " (was its data wiped?)", now);
        } catch (AgentUnavailableException e) {
            var heard = lastHeard.getOrDefault(deployment.id(), trackingSince);
            if (heard.isBefore(now.minus(settings.silenceLimit()))) {
                end(deployment.id(), e.getMessage() + "; no answer about this deployment for "
                        + settings.silenceLimit().toMinutes() + " min", now);
            }
        }
    }

    private void end(DeploymentId id, String why, Instant now) {
        LOG.warn("deployment {} failed: {}", id, why);
        transitions.change(id, current -> current.status() == DeploymentStatus.RUNNING
                ? Optional.of(current.ended(DeploymentStatus.FAILED, Optional.of(why), now)) : Optional.empty());
    }

    @Override
    public void close() {
        var running = loop;
        if (running != null) {
            running.interrupt();
        }
    }
}
