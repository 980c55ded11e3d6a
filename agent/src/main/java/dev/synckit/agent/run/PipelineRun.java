package dev.synckit.agent.run;

import dev.synckit.agent.pipeline.GoDuration;
import dev.synckit.agent.pipeline.Step;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepStatus;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a deployment's steps in order, each under its timeout. The first step that can compare revisions decides
 * "already up to date"; then only steps marked {@code always} still run. Every output line is masked before it
 * goes anywhere (log file, tails, callbacks).
 */
public final class PipelineRun {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRun.class);

    private final StepExecutor executor;
    private final Masker masker;
    private final Map<String, String> environment;
    private final DeploymentStore store;
    private final Clock clock;

    public PipelineRun(StepExecutor executor, Masker masker, Map<String, String> environment, DeploymentStore store,
                       Clock clock) {
        this.executor = executor;
        this.masker = masker;
        this.environment = Map.copyOf(environment);
        this.store = store;
        this.clock = clock;
    }

    /** Runs it to the end on the calling thread; the deployment's {@code done()} completes afterwards. */
    public void run(Deployment deployment, DeploymentEvents events) {
        if (!deployment.start(clock.instant())) {
            end(deployment, events, DeploymentStatus.CANCELLED, "cancelled before it started");
            return;
        }
        store.save(deployment.state());
        events.started(deployment);
        LOG.info("deployment {} of {} started ({})", deployment.id(), deployment.pipeline().name(),
                deployment.trigger().name().toLowerCase(java.util.Locale.ROOT));
        var status = DeploymentStatus.SUCCEEDED;
        String error = null;
        try (var log = store.openLog(deployment.id())) {
            var steps = deployment.pipeline().steps();
            boolean decided = false;
            boolean upToDate = false;
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (upToDate && !step.always()) {
                    deployment.stepSkipped(i);
                    continue;
                }
                if (deployment.cancelRequested()) {
                    status = DeploymentStatus.CANCELLED;
                    error = "cancelled before step " + (i + 1) + " (" + deployment.stepName(i) + ")";
                    break;
                }
                int index = i;
                deployment.stepStarted(i);
                events.stepStarted(deployment, i);
                log.line("== step " + (i + 1) + "/" + steps.size() + ": " + deployment.stepName(i));
                Consumer<String> out = line -> {
                    String masked = masker.mask(line);
                    log.line(masked);
                    deployment.output(index, masked);
                    events.output(deployment, index, masked);
                };
                var ctx = new StepContext(deployment.id(), deployment.pipeline(), deployment.ref(), env(deployment),
                        out, System.nanoTime() + step.timeout().toNanos());
                StepOutcome outcome;
                try {
                    outcome = executor.run(step, ctx);
                } catch (InterruptedException e) {
                    deployment.stepEnded(i, StepStatus.CANCELLED);
                    out.accept("cancelled");
                    events.stepFinished(deployment, i);
                    status = DeploymentStatus.CANCELLED;
                    error = "cancelled during step " + (i + 1) + " (" + deployment.stepName(i) + ")";
                    break;
                } catch (IOException | RuntimeException e) {
                    outcome = StepOutcome.failure(e.toString());
                }
                if (!outcome.ok()) {
                    String reason = !ctx.expired() ? outcome.error()
                            : "timed out after " + GoDuration.format(step.timeout())
                            + (StepOutcome.TIMED_OUT.equals(outcome.error()) ? "" : " (" + outcome.error() + ")");
                    deployment.stepEnded(i, StepStatus.FAILED);
                    out.accept("step failed: " + reason);
                    events.stepFinished(deployment, i);
                    status = DeploymentStatus.FAILED;
                    error = masker.mask("step " + (i + 1) + " (" + deployment.stepName(i) + ") failed: " + reason);
                    break;
                }
                if (!decided && outcome.tellsChange()) {
                    decided = true;
                    upToDate = outcome.unchanged();
                    deployment.revisions(outcome.before(), outcome.after(), upToDate);
                    if (upToDate) {
                        out.accept("already up to date");
                    }
                }
                deployment.stepEnded(i, StepStatus.SUCCEEDED);
                events.stepFinished(deployment, i);
            }
            log.line("== " + status.name().toLowerCase(java.util.Locale.ROOT) + (error == null ? "" : ": " + error));
        } catch (IOException e) {
            status = DeploymentStatus.FAILED;
            error = "cannot write the deployment log: " + e.getMessage();
        }
        end(deployment, events, status, error);
    }

    private void end(Deployment deployment, DeploymentEvents events, DeploymentStatus status, String error) {
        var state = deployment.finish(status, error, clock.instant());
        store.save(state);
        LOG.info("deployment {} of {} {}{}", deployment.id(), deployment.pipeline().name(),
                status.name().toLowerCase(java.util.Locale.ROOT), error == null ? "" : ": " + error);
        events.finished(deployment);
        deployment.complete(state);
    }


    private Map<String, String> env(Deployment deployment) {
        var env = new HashMap<>(environment);
        env.putAll(GitRepository.GIT_ENV);
        env.put("SYNCKIT_DEPLOYMENT_ID", deployment.id());
        env.put("SYNCKIT_PIPELINE", deployment.pipeline().name());
        env.put("SYNCKIT_REF", deployment.ref() == null ? "" : deployment.ref());
        return env;
    }
}
