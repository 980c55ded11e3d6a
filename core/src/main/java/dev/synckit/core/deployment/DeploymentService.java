package dev.synckit.core.deployment;

import dev.synckit.config.TargetSettings;
import dev.synckit.core.agent.AgentPort;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import dev.synckit.core.deployment.DeploymentRefusedException.Reason;
import dev.synckit.core.lock.LockStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people and systems ask of deployments: request, confirm, cancel, roll back, look up. Every request,
 * confirmation and cancel is audited; running them is the {@link DeployQueue}'s job.
 */
public final class DeploymentService {

    private final Map<String, TargetSettings> targets;
    private final DeploymentStore store;
    private final Transitions transitions;
    private final LockStore locks;
    private final AuditLog audit;
    private final AgentPort agent;
    private final DeployQueue queue;
    private final Clock clock;
    private final Duration logRetention;

    /** A service that keeps every log as long as its deployment. */
    public DeploymentService(Map<String, TargetSettings> targets, DeploymentStore store, Transitions transitions,
            LockStore locks, AuditLog audit, AgentPort agent, DeployQueue queue, Clock clock) {
        this(targets, store, transitions, locks, audit, agent, queue, clock, Duration.ZERO);
    }

    /**
     * @param logRetention how long the store keeps the log of a finished deployment ({@code retention.logs};
     *                     zero keeps it for ever), so that a log read after that says why it is empty
     */
    public DeploymentService(Map<String, TargetSettings> targets, DeploymentStore store, Transitions transitions,
            LockStore locks, AuditLog audit, AgentPort agent, DeployQueue queue, Clock clock,
            Duration logRetention) {
        this.targets = Map.copyOf(targets);
        this.store = store;
        this.transitions = transitions;
        this.locks = locks;
        this.audit = audit;
        this.agent = agent;
        this.queue = queue;
        this.clock = clock;
        this.logRetention = logRetention;
    }

    /** Queues a deployment (or leaves it awaiting confirmation when its target asks for one). */
    public Deployment request(DeployRequest request) throws DeploymentRefusedException {
        var target = target(request.target());
        var lock = locks.find(target.name());
        if (lock.isPresent()) {
            throw new DeploymentRefusedException(Reason.TARGET_LOCKED, "target " + target.name() + " is locked by "
                    + lock.get().holder() + (lock.get().reason().isBlank() ? "" : ": " + lock.get().reason()));
        }
        var status = target.confirm() && !request.confirmed() ? DeploymentStatus.AWAITING_CONFIRMATION
                : DeploymentStatus.QUEUED;
        var deployment = Deployment.requested(target.name(), status, request.requestedBy(), request.reason(),
                request.ref(), clock.instant());
        transitions.insert(deployment);
        record(request.requestedBy(), "deploy.requested", target.name(), deployment.id() + " "
                + request.ref().map(ref -> "ref " + ref).orElse("newest") + " " + status.wireName()
                + (request.reason().isBlank() ? "" : " — " + request.reason()));
        if (status == DeploymentStatus.QUEUED) {
            queue.wake(target.name());
        }
        return deployment;
    }

    /** A second maintainer lets a deployment awaiting confirmation join its queue. */
    public Deployment confirm(DeploymentId id, String actor) throws DeploymentRefusedException {
        var current = existing(id);
        if (current.status() != DeploymentStatus.AWAITING_CONFIRMATION) {
            throw new DeploymentRefusedException(Reason.WRONG_STATE,
                    "deployment " + id + " is " + current.status().wireName() + ", not awaiting confirmation");
        }
        if (current.requestedBy().equals(actor)) {
            throw new DeploymentRefusedException(Reason.SAME_PERSON,
                    "a confirmation must come from someone other than the person who asked");
        }
        var confirmed = transitions.change(id, stored -> stored.status() == DeploymentStatus.AWAITING_CONFIRMATION
                ? Optional.of(stored.withStatus(DeploymentStatus.QUEUED)) : Optional.empty());
        if (confirmed.isEmpty()) {
            throw new DeploymentRefusedException(Reason.WRONG_STATE, "deployment " + id + " changed meanwhile");
        }
        record(actor, "deploy.confirmed", current.target(), id.toString());
        queue.wake(current.target());
        return confirmed.get();
    }

    /**
     * Cancels: a waiting deployment ends at once; a running one is stopped by its agent, whose report ends it.
     */
    public Deployment cancel(DeploymentId id, String actor) throws DeploymentRefusedException {
        var current = existing(id);
        if (current.status().isFinal()) {
            throw new DeploymentRefusedException(Reason.WRONG_STATE,
                    "deployment " + id + " is already " + current.status().wireName());
        }
        record(actor, "deploy.cancel_requested", current.target(), id.toString());
        var runId = current.agentRunId();
        if (current.status() == DeploymentStatus.RUNNING && runId.isPresent()) {
            try {
                agent.cancel(targets.get(current.target()), runId.get());
            } catch (AgentUnavailableException | RunNotFoundException e) {
                return endNow(id, "cancelled by " + actor + "; the agent did not confirm: " + e.getMessage());
            }
            return current;
        }
        return endNow(id, "cancelled by " + actor);
    }

    private Deployment endNow(DeploymentId id, String why) throws DeploymentRefusedException {
        var now = clock.instant();
        return transitions.change(id, stored -> stored.status().isFinal() ? Optional.empty()
                        : Optional.of(stored.ended(DeploymentStatus.CANCELLED, Optional.of(why), now)))
                .orElseThrow(() -> new DeploymentRefusedException(Reason.WRONG_STATE,
                        "deployment " + id + " ended meanwhile"));
    }

    /** Deploys the revision of the last succeeded deployment before the current one. */
    public Deployment rollback(String targetName, String actor, String reason) throws DeploymentRefusedException {
        var target = target(targetName);
        var current = store.recent(Optional.of(target.name()), 50).stream()
                .filter(d -> d.status() == DeploymentStatus.SUCCEEDED && d.toHash().isPresent())
                .findFirst()
                .orElseThrow(() -> new DeploymentRefusedException(Reason.NOTHING_TO_ROLL_BACK_TO,
                        "target " + target.name() + " has no succeeded deployment yet"));
        var before = current.createdAt();
        for (int step = 0; step < 50; step++) {
            var previous = store.lastSucceededBefore(target.name(), before);
            if (previous.isEmpty()) {
                break;
            }
            if (previous.get().toHash().isPresent() && !previous.get().toHash().equals(current.toHash())) {
                var revision = previous.get().toHash().get();
                record(actor, "deploy.rollback_requested", target.name(), "to " + revision);
                return request(new DeployRequest(target.name(), Optional.of(revision), actor,
                        "rollback to " + revision + (reason.isBlank() ? "" : " — " + reason), false));
            }
            before = previous.get().createdAt();
        }
        throw new DeploymentRefusedException(Reason.NOTHING_TO_ROLL_BACK_TO, "target " + target.name()
                + " has no earlier succeeded revision than " + current.toHash().orElse("?"));
    }

    public Optional<Deployment> find(DeploymentId id) {
        return store.find(id);
    }

    /** Newest first. */
    public List<Deployment> recent(Optional<String> target, int limit) {
        return store.recent(target, limit);
    }

    /**
     * The full log: every piece of output the agent reported, in order, each ending its last line (an agent sends
     * newline-separated lines without the final newline), so that pieces never run into one another. Past the cap
     * of {@link KeptOutput#CAP_CHARS}, a last line says exactly how much was not kept and where the whole log is.
     */
    public String log(DeploymentId id) {
        var log = new StringBuilder();
        long droppedLines = 0;
        long droppedChars = 0;
        for (var piece : store.output(id)) {
            var text = piece.text();
            if (!text.isEmpty()) {
                log.append(text);
                if (text.charAt(text.length() - 1) != '\n') {
                    log.append('\n');
                }
            }
            droppedLines += piece.droppedLines();
            droppedChars += piece.droppedChars();
        }
        if (log.isEmpty()) {
            retentionNote(id).ifPresent(log::append);
        }
        if (droppedChars > 0) {
            var run = store.find(id).flatMap(Deployment::agentRunId).map(runId -> " (run " + runId + ")").orElse("");
            log.append("(").append(droppedLines).append(" more lines, ").append(droppedChars)
                    .append(" characters, were not kept: the service keeps ").append(KeptOutput.CAP_CHARS)
                    .append(" characters of log per deployment. The agent's log of this deployment").append(run)
                    .append(" is whole: GET /v1/deployments/{id}/log on the agent.)\n");
        }
        return log.toString();
    }

    /**
     * Why a finished deployment's log is empty when retention has had time to remove it: "the full log" is every line
     * or says what is not there.
     */
    private Optional<String> retentionNote(DeploymentId id) {
        if (logRetention.isZero()) {
            return Optional.empty();
        }
        var horizon = clock.instant().minus(logRetention);
        return store.find(id).flatMap(Deployment::finishedAt).filter(finished -> finished.isBefore(horizon))
                .map(finished -> "(No log is kept of deployments that finished more than " + span(logRetention)
                        + " ago (retention.logs); this one's steps and outcome remain. The agent keeps its own"
                        + " copy for as long as its retention says.)\n");
    }

    private static String span(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + " days";
        }
        return minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes";
    }

    /** Every target by name, with its newest deployment and the one it runs: at most two reads per target. */
    public List<TargetOverview> overview() {
        return targets.keySet().stream().sorted().map(name -> {
            var latest = store.recent(Optional.of(name), 1).stream().findFirst();
            var running = latest.filter(d -> d.status() == DeploymentStatus.SUCCEEDED)
                    .or(() -> latest.flatMap(d -> store.lastSucceededBefore(name, d.createdAt())));
            return new TargetOverview(name, latest, running);
        }).toList();
    }

    public boolean knowsTarget(String name) {
        return targets.containsKey(name);
    }

    private TargetSettings target(String name) throws DeploymentRefusedException {
        var target = targets.get(name);
        if (target == null) {
            throw new DeploymentRefusedException(Reason.UNKNOWN_TARGET, "no target named " + name);
        }
        return target;
    }

    private Deployment existing(DeploymentId id) throws DeploymentRefusedException {
        return store.find(id).orElseThrow(() -> new DeploymentRefusedException(Reason.UNKNOWN_DEPLOYMENT,
                "no deployment " + id));
    }

    private void record(String actor, String action, String target, String detail) {
        audit.append(new AuditEntry(clock.instant(), actor, action, target, detail));
    }
}
