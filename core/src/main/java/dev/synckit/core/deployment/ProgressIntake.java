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
 *
 * <p>A signature is bound to what it was posted for (the deployment id of a callback, the target of a watcher's
 * event), so the same bytes are refused anywhere else. Older agents sign unbound: their events are accepted only
 * where the body shows they belong (a callback naming the run the deployment already knows; a watcher's event
 * naming the target's pipeline). An event naming another pipeline than its target's is refused either way.
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
        var target = targets.get(run.get().target());
        var verdict = verdict(target, id.value(), timestamp, signature, body);
        if (!signed(verdict)) {
            return Outcome.UNAUTHENTIC;
        }
        var event = progressEvent(body);
        var runId = run.get().runId();
        // unbound, it holds only for the run the deployment knows already: the signature names no deployment of ours
        if (!trusted(verdict, runId.isPresent() && event.isPresent()
                && runId.get().equals(event.get().deploymentId()))) {
            return Outcome.UNAUTHENTIC;
        }
        if (event.isEmpty() || runId.isPresent() && event.get().deploymentId() != null
                && !runId.get().equals(event.get().deploymentId()) || !ofPipeline(target, event.get())) {
            return Outcome.MALFORMED;
        }
        return keep(id, runId, event.get());
    }

    /**
     * Checks, keeps and applies one event of a run the target's agent started by itself (its watcher saw a new
     * upstream revision): the first event of such a run records it as a deployment requested by {@code watcher}.
     */
    public Outcome acceptWatched(String targetName, String timestamp, String signature, byte[] body) {
        var target = targets.get(targetName);
        if (target == null) {
            return Outcome.UNKNOWN_DEPLOYMENT;
        }
        var verdict = verdict(target, targetName, timestamp, signature, body);
        if (!signed(verdict)) {
            return Outcome.UNAUTHENTIC;
        }
        var event = progressEvent(body).filter(found -> isNamed(found.deploymentId()));
        // unbound, it holds only where the event names this target's pipeline: the signature names no target
        if (!trusted(verdict, event.isPresent() && target.pipeline().isPresent()
                && target.pipeline().get().equals(event.get().pipeline()))) {
            return Outcome.UNAUTHENTIC;
        }
        if (event.isEmpty() || !ofPipeline(target, event.get())) {
            return Outcome.MALFORMED;
        }
        var runId = event.get().deploymentId();
        var deployment = store.findByAgentRun(targetName, runId).orElseGet(() -> {
            var now = clock.instant();
            var watched = new Deployment(DeploymentId.random(), targetName, DeploymentStatus.RUNNING, WATCHER,
                    "the agent's watcher saw a new upstream revision", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), now, Optional.of(now), Optional.empty(),
                    Optional.of(runId));
            transitions.insert(watched);
            return watched;
        });
        return keep(deployment.id(), Optional.of(runId), event.get());
    }

    /** The verdict on the signature of an event posted for {@code subject} with the target's agent secret. */
    private SignatureVerifier.Verdict verdict(TargetSettings target, String subject, String timestamp,
            String signature, byte[] body) {
        var verifier = verifiers.get(target.name());
        return verifier == null ? SignatureVerifier.Verdict.MISSING
                : verifier.verifyFor(subject, timestamp, signature, body);
    }

    /** Signed with the target's secret inside the window, bound or not: only then is the body read at all. */
    private static boolean signed(SignatureVerifier.Verdict verdict) {
        return verdict.valid() || verdict == SignatureVerifier.Verdict.VALID_UNBOUND;
    }

    /** Of a signed event: a bound signature is trusted; an unbound one only when the event {@code belongs} here. */
    private static boolean trusted(SignatureVerifier.Verdict verdict, boolean belongs) {
        return verdict.valid() || belongs;
    }

    /** An event that names a pipeline must name its target's, when the target names one. */
    private static boolean ofPipeline(TargetSettings target, CallbackEvent event) {
        return event.pipeline() == null || target.pipeline().map(event.pipeline()::equals).orElse(true);
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
