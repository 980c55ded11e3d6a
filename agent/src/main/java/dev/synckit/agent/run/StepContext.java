package dev.synckit.agent.run;

import dev.synckit.agent.pipeline.PipelineSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a running step knows: its deployment and pipeline, the ref asked for (null for the default), the
 * environment its commands get, where its output goes (already masked downstream) and when its time is up.
 */
public record StepContext(String deploymentId, PipelineSpec pipeline, String ref, Map<String, String> env,
                          Consumer<String> output, long deadlineNanos) {

    /** Time left before the step's timeout; never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public boolean expired() {
        return deadlineNanos - System.nanoTime() <= 0;
    }

    /** The repository directory, or the working directory for pipelines without one. */
    public Path workDir() {
        return pipeline.repo() != null ? pipeline.repo() : Path.of("").toAbsolutePath();
    }
}
