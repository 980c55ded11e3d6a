package dev.synckit.agent.watch;

import dev.synckit.agent.pipeline.PipelineSpec;
import dev.synckit.agent.run.DeployQueue;
import dev.synckit.agent.run.Deployment;
import dev.synckit.agent.run.GitRepository;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one pipeline's upstream branch. Each tick fetches; when upstream moved, it deploys (events go to the
 * pipeline's {@code notify_url}). A revision whose deployment failed is not tried again, so a failure is reported
 * once, not on every tick; an up-to-date tick says nothing. A HEAD detached by a rollback is left alone.
 */
public final class UpstreamWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamWatcher.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofMinutes(2);

    private final PipelineSpec pipeline;
    private final GitRepository git;
    private final DeployQueue queue;
    private final Duration interval;
    private String failedRevision;
    private String lastProblem;
    private volatile Thread thread;

    public UpstreamWatcher(PipelineSpec pipeline, GitRepository git, DeployQueue queue) {
        this.pipeline = pipeline;
        this.git = git;
        this.queue = queue;
        this.interval = pipeline.watch().orElseThrow();
    }

    public void start() {
        thread = Thread.ofVirtual().name("watch-" + pipeline.name()).start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(interval);
                    tick();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** One check; answers the deployment it ran, if any. */
    public synchronized Optional<DeploymentState> tick() throws InterruptedException {
        if (queue.busy(pipeline)) {
            return Optional.empty();
        }
        Optional<String> upstream;
        Optional<String> head;
        try {
            upstream = git.upstreamRevision(pipeline.repo(), line -> { }, FETCH_TIMEOUT);
            head = git.revision(pipeline.repo(), "HEAD", FETCH_TIMEOUT);
        } catch (IOException e) {
            problem("cannot run git: " + e.getMessage());
            return Optional.empty();
        }
        if (upstream.isEmpty() || head.isEmpty()) {
            problem("no upstream revision (fetch failed, or HEAD is detached by a rollback)");
            return Optional.empty();
        }
        lastProblem = null;
        if (upstream.get().equals(head.get()) || upstream.get().equals(failedRevision)) {
            return Optional.empty();
        }
        var started = queue.submitIfIdle(new DeployQueue.Request(pipeline, Deployment.Trigger.WATCH, null, null,
                pipeline.notifyUrl()));
        if (started.isEmpty()) {
            return Optional.empty();
        }
        LOG.info("upstream of {} moved to {}: deploying", pipeline.name(), upstream.get().substring(0, 7));
        try {
            var state = started.get().done().get(pipeline.longestRun().plusMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
            failedRevision = state.status() == DeploymentStatus.SUCCEEDED ? null : upstream.get();
            return Optional.of(state);
        } catch (ExecutionException | TimeoutException e) {
            failedRevision = upstream.get();
            return Optional.empty();
        }
    }

    private void problem(String what) {
        if (!Objects.equals(what, lastProblem)) {
            LOG.warn("watching {}: {}", pipeline.name(), what);
            lastProblem = what;
        }
    }

    @Override
    public void close() {
        var running = thread;
        if (running != null) {
            running.interrupt();
        }
    }
}
