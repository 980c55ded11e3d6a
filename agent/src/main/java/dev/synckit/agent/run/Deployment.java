package dev.synckit.agent.run;

import dev.synckit.agent.pipeline.PipelineSpec;
import dev.synckit.agent.pipeline.Step;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepState;
import dev.synckit.contract.agent.StepStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One deployment of a pipeline, from queued to its final status. Mutated only by its {@link PipelineRun}; read
 * by anyone through {@link #state()}. Cancelling interrupts the thread running it, which kills the running step's
 * process tree.
 */
public final class Deployment {

    /** Who asked for a deployment. */
    public enum Trigger {
        API, DEPLOY, WATCH;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final PipelineSpec pipeline;
    private final Trigger trigger;
    private final String ref;
    private final String requestId;
    private final String callbackUrl;
    private final Instant createdAt;
    private final List<MutableStep> steps = new ArrayList<>();
    private final CompletableFuture<DeploymentState> done = new CompletableFuture<>();

    private DeploymentStatus status = DeploymentStatus.QUEUED;
    private boolean alreadyUpToDate;
    private String fromRevision;
    private String toRevision;
    private String error;
    private Instant startedAt;
    private Instant finishedAt;
    private Thread runner;
    private boolean cancelRequested;
    private String failedStepOutput;

    public Deployment(String id, PipelineSpec pipeline, Trigger trigger, String ref, String requestId,
                      String callbackUrl, Instant createdAt, Masker masker) {
        this.id = id;
        this.pipeline = pipeline;
        this.trigger = trigger;
        this.ref = ref;
        this.requestId = requestId;
        this.callbackUrl = callbackUrl;
        this.createdAt = createdAt;
        for (Step step : pipeline.steps()) {
            steps.add(new MutableStep(masker.mask(step.displayName())));
        }
    }

    public String id() {
        return id;
    }

    public PipelineSpec pipeline() {
        return pipeline;
    }

    public String ref() {
        return ref;
    }

    public String requestId() {
        return requestId;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public Trigger trigger() {
        return trigger;
    }

    /** The masked name of a step, as states and callbacks show it. */
    public String stepName(int index) {
        return steps.get(index).name;
    }

    /** Completes with the final state. */
    public CompletableFuture<DeploymentState> done() {
        return done;
    }

    public synchronized DeploymentStatus status() {
        return status;
    }

    /**
     * Asks the deployment to stop: a queued one never starts, a running one has its step killed. Answers false when
     * it had already finished.
     */
    public synchronized boolean cancel() {
        if (status.isFinal()) {
            return false;
        }
        cancelRequested = true;
        if (runner != null) {
            runner.interrupt();
        }
        return true;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    /** Marks it running on the current thread; false when it was cancelled while queued. */
    synchronized boolean start(Instant now) {
        if (cancelRequested) {
            return false;
        }
        status = DeploymentStatus.RUNNING;
        startedAt = now;
        runner = Thread.currentThread();
        return true;
    }

    synchronized void stepStarted(int index) {
        steps.get(index).start(System.nanoTime());
    }

    void output(int index, String line) {
        steps.get(index).tail.add(line);
    }

    synchronized void stepSkipped(int index) {
        steps.get(index).status = StepStatus.SKIPPED;
    }

    /** Ends a step; a failed one keeps its output as it stood, before anything is said about the failure. */
    synchronized void stepEnded(int index, StepStatus stepStatus) {
        var step = steps.get(index);
        step.end(stepStatus, System.nanoTime());
        if (stepStatus == StepStatus.FAILED) {
            failedStepOutput = step.tail.text();
        }
    }

    /**
     * The last lines of the failed step's own output (what synckit's {@code POST /deploy} answers as {@code tail});
     * null unless a step failed.
     */
    public synchronized String failedStepOutput() {
        return failedStepOutput;
    }

    synchronized void revisions(String from, String to, boolean upToDate) {
        fromRevision = from;
        toRevision = to;
        alreadyUpToDate = upToDate;
    }

    /** Ends it; clears the interrupt a late cancel may have left on the runner thread. */
    synchronized DeploymentState finish(DeploymentStatus finalStatus, String reason, Instant now) {
        for (var step : steps) {
            if (step.status == StepStatus.PENDING) {
                step.status = finalStatus == DeploymentStatus.SUCCEEDED ? StepStatus.SKIPPED : StepStatus.CANCELLED;
            }
        }
        status = finalStatus;
        error = reason;
        finishedAt = now;
        if (runner == Thread.currentThread()) {
            Thread.interrupted();
        }
        runner = null;
        return state();
    }

    void complete(DeploymentState state) {
        done.complete(state);
    }

    public synchronized DeploymentState state() {
        var links = new CommitLinks(pipeline.repoUrl());
        String from = CommitLinks.shortHash(fromRevision);
        String to = CommitLinks.shortHash(toRevision);
        return new DeploymentState(id, pipeline.name(), status, trigger.wire(), ref, requestId, alreadyUpToDate,
                from, to, links.commit(fromRevision), links.commit(toRevision),
                steps.stream().map(MutableStep::state).toList(), error, text(createdAt), text(startedAt),
                text(finishedAt));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static final class MutableStep {
        private final String name;
        private final BoundedTail tail = new BoundedTail();
        private StepStatus status = StepStatus.PENDING;
        private long startNanos;
        private long durationMs;

        MutableStep(String name) {
            this.name = name;
        }

        void start(long now) {
            status = StepStatus.RUNNING;
            startNanos = now;
        }

        void end(StepStatus endStatus, long now) {
            status = endStatus;
            durationMs = (now - startNanos) / 1_000_000;
        }

        StepState state() {
            long duration = status == StepStatus.RUNNING ? (System.nanoTime() - startNanos) / 1_000_000 : durationMs;
            return new StepState(name, status, duration, tail.text());
        }
    }
}
