package dev.synckit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.synckit.contract.WireJson;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A deployment's steps as one JSON array in its row, so that a compare-and-set replaces the deployment and its
 * steps in one statement.
 */
final class StepsJson {

    private static final TypeReference<List<StoredStep>> STEPS = new TypeReference<>() {
    };

    private StepsJson() {
    }

    static String write(List<DeploymentStep> steps) {
        var stored = steps.stream().map(step -> new StoredStep(step.name(), step.status().name(),
                step.duration().map(Duration::toMillis).orElse(null), step.tail())).toList();
        try {
            return WireJson.mapper().writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: deployment steps cannot be written as JSON", e);
        }
    }

    static List<DeploymentStep> read(String json) {
        try {
            return WireJson.mapper().readValue(json, STEPS).stream().map(step -> new DeploymentStep(step.name(),
                    StepStatus.valueOf(step.status()), Optional.ofNullable(step.durationMs()).map(Duration::ofMillis),
                    step.tail())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: stored deployment steps are not valid JSON", e);
        }
    }

    /** The stored shape of one step; a duration is kept in milliseconds, absent when it never ran. */
    private record StoredStep(String name, String status, Long durationMs, String tail) {
    }
}
