package dev.synckit.agent.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The whole pipeline file: one or more pipelines, in file order, and how long the agent keeps each deployment's
 * outcome and whole log ({@link Duration#ZERO}: for ever).
 */
public record AgentConfig(List<PipelineSpec> pipelines, Duration retention) {

    public AgentConfig {
        pipelines = List.copyOf(pipelines);
    }

    /** The pipeline a request names; with no name, the only one (empty when there are several). */
    public Optional<PipelineSpec> pipeline(String name) {
        if (name == null || name.isEmpty()) {
            return pipelines.size() == 1 ? Optional.of(pipelines.getFirst()) : Optional.empty();
        }
        return pipelines.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
