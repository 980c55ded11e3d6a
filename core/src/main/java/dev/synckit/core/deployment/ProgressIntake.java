package dev.synckit.core.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.CallbackEvent;
import dev.synckit.contract.agent.SignatureVerifier;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Signed progress events from agents. An event is checked against its target's agent secret and replay window,
 * kept once per deployment and sequence (a repeat is acknowledged and ignored), and its snapshot applied; a
 * deployment that ended never changes again, whatever order events arrive in.
 */
public final class ProgressIntake {

    /** Who requested the deployments the agents' watchers start. */
    public static final String WATCHER = "watcher";

    private static final int CACHED_RUNS = 10_000;

    private final Map<String, TargetSettings> targets;
    private final Map<String, SignatureVerifier> verifiers;
    private final DeploymentStore store;
    private final Transitions transitions;
    private final Clock clock;
    /** Target and run id of deployments seen lately: neither changes once the agent took the run. */
    private final Map<DeploymentId, Run> runs = new ConcurrentHashMap<>();

    public ProgressIntake(Map<String, TargetSettings> targets, DeploymentStore store, Transitions transitions,
            Clock clock) {
        this.targets = Map.copyOf(targets);
        this.verifiers = targets.values().stream().filter(target -> !target.agentSecret().isEmpty())
                .collect(Collectors.toUnmodifiableMap(TargetSettings::name, target -> new SignatureVerifier(
                        target.agentSecret().reveal(), clock, SignatureVerifier.DEFAULT_WINDOW)));
        this.store = store;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Checks, keeps and applies one event posted for deployment {@code id}. */
    public Outcome accept(DeploymentId id, String timestamp, String signature, byte[] body) {
        var run = run(id);
        if (run.isEmpty() || !targets.containsKey(run.get().target())) {
            return Outcome.UNKNOWN_DEPLOYMENT;
        }
        if (!authentic(run.get().target(), timestamp, signature, body)) {
            return Outcome.UNAUTHENTIC;
        }
        var event = progressEvent(body);
        var runId = run.get().runId();
        if (event.isEmpty() || runId.isPresent() && event.get().deploymentId() != null
                && !runId.get().equals(event.get().deploymentId())) {
            return Outcome.MALFORMED;
        }
        return keep(id, runId, event.get());
    }

    /**
     * Checks, keeps and applies one event of a run the target's agent started by itself (its watcher saw a new
     * upstream revision): the first event of such a run records it as a deployment requested by {@code watcher}.
     */
    public Outcome acceptWatched(String target, String timestamp, String signature, byte[] body) {
        if (!targets.containsKey(target)) {
            return Outcome.UNKNOWN_DEPLOYMENT;
        }
        if (!authentic(target, timestamp, signature, body)) {
            return Outcome.UNAUTHENTIC;
        }
        var event = progressEvent(body).filter(found -> isNamed(found.deploymentId()));
        if (event.isEmpty()) {
            return Outcome.MALFORMED;
        }
        var runId = event.get().deploymentId();
        var deployment = store.findByAgentRun(target, runId).orElseGet(() -> {
            var now = clock.instant();
            var watched = new Deployment(DeploymentId.random(), target, DeploymentStatus.RUNNING, WATCHER,
                    "the agent's watcher saw a new upstream revision", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), now, Optional.of(now), Optional.empty(),
                    Optional.of(runId));
            transitions.insert(watched);
            return watched;
        });
        return keep(deployment.id(), Optional.of(runId), event.get());
    }

    /** Whether the body carries the target's agent's signature, inside the replay window. */
    private boolean authentic(String target, String timestamp, String signature, byte[] body) {
        var verifier = verifiers.get(target);
        return verifier != null && verifier.verify(timestamp, signature, body).valid();
    }

    /** The progress event in the body; empty when the body is not one (not JSON, no sequence, no type). */
    private static Optional<CallbackEvent> progressEvent(byte[] body) {
        try {
            return Optional.ofNullable(WireJson.mapper().readValue(body, CallbackEvent.class))
                    .filter(event -> event.sequence() >= 1 && event.type() != null);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Keeps the event once, then applies what it says in one change: the run id when we did not know it yet (the
     * process that started the run may have died before storing it; every event names it), and its snapshot.
     */
    private Outcome keep(DeploymentId id, Optional<String> knownRunId, CallbackEvent event) {
        var output = Optional.ofNullable(event.output()).orElse("");
        var kept = output.isEmpty() ? KeptOutput.whole(output)
                : KeptOutput.within(store.keptOutputChars(id), output, KeptOutput.CAP_CHARS);
        if (!store.recordProgress(id, event.sequence(), event.type().name(), kept, clock.instant())) {
            return Outcome.DUPLICATE;
        }
        var learnsRunId = knownRunId.isEmpty() && isNamed(event.deploymentId());
        if (event.deployment() != null || learnsRunId) {
            transitions.change(id, current -> {
                if (current.status() != DeploymentStatus.RUNNING) {
                    return Optional.empty();
                }
                var named = learnsRunId && current.agentRunId().isEmpty()
                        ? current.withAgentRun(event.deploymentId()) : current;
                return Optional.of(event.deployment() == null ? named
                        : AgentSnapshot.apply(named, event.deployment(), clock.instant()));
            });
        }
        return Outcome.ACCEPTED;
    }

    private static boolean isNamed(String runId) {
        return runId != null && !runId.isBlank();
    }

    private Optional<Run> run(DeploymentId id) {
        var known = runs.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        var run = store.find(id).map(deployment -> new Run(deployment.target(), deployment.agentRunId()));
        if (run.isPresent() && run.get().runId().isPresent()) {
            if (runs.size() >= CACHED_RUNS) {
                runs.clear();
            }
            runs.put(id, run.get());
        }
        return run;
    }

    private record Run(String target, Optional<String> runId) {
    }

    /** What became of one event. */
    public enum Outcome {
        ACCEPTED, DUPLICATE, UNKNOWN_DEPLOYMENT, UNAUTHENTIC, MALFORMED
    }
}
