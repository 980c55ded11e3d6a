package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the engine's pull progress into lines worth reading: one line per change of a layer's status
 * ("Downloading" once, not once per progress tick), every line without a layer id as it comes.
 */
final class PullProgress implements EngineResponse.JsonLineHandler {

    private final String operation;
    private final Consumer<String> output;
    private final Map<String, String> layerStatus = new HashMap<>();

    PullProgress(String operation, Consumer<String> output) {
        this.operation = operation;
        this.output = output;
    }

    @Override
    public void accept(JsonNode document) throws ContainerEngineException {
        String error = ProgressErrors.message(document);
        if (error != null) {
            throw new ContainerEngineException(operation + ": " + error);
        }
        String status = document.path("status").asText("").strip();
        if (status.isEmpty()) {
            return;
        }
        String id = document.path("id").asText("");
        if (id.isEmpty()) {
            output.accept(status);
        } else if (!status.equals(layerStatus.put(id, status))) {
            output.accept(id + ": " + status);
        }
    }
}
