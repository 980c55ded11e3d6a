package dev.synckit.agent.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One named pipeline of the file.
 *
 * @param repo      the git work tree steps run in; null for pipelines without git or shell steps
 * @param repoUrl   used only to build commit links
 * @param watch     how often the watcher checks upstream; empty when not watched
 * @param notifyUrl where the watcher's deployments post their signed events; null for silence
 */
public record PipelineSpec(String name, Path repo, String repoUrl, List<Step> steps, Optional<Duration> watch,
                           String notifyUrl) {

    public PipelineSpec {
        steps = List.copyOf(steps);
    }

    /** The longest a deployment of this pipeline can run once started: every step used up to its timeout. */
    public Duration longestRun() {
        return steps.stream().map(Step::timeout).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whether any step works in the git repository. */
    public boolean usesGit() {
        return steps.stream().anyMatch(step -> step instanceof Step.GitPull);
    }
}
