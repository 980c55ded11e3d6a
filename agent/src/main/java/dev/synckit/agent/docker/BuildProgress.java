package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the engine's build stream: {@code stream} text goes out line by line (it arrives in arbitrary pieces),
 * pull progress of base images goes through {@link PullProgress}, an error ends the build with the engine's
 * message, and {@code aux.ID} names the image.
 */
final class BuildProgress implements EngineResponse.JsonLineHandler {

    private final String operation;
    private final Consumer<String> output;
    private final PullProgress basePulls;
    private final StringBuilder partial = new StringBuilder();
    private String imageId;

    BuildProgress(String operation, Consumer<String> output) {
        this.operation = operation;
        this.output = output;
        this.basePulls = new PullProgress(operation, output);
    }

    @Override
    public void accept(JsonNode document) throws ContainerEngineException {
        String error = ProgressErrors.message(document);
        if (error != null) {
            flush();
            throw new ContainerEngineException(operation + ": " + error);
        }
        String id = document.path("aux").path("ID").asText("");
        if (!id.isEmpty()) {
            imageId = id;
        }
        JsonNode stream = document.path("stream");
        if (stream.isTextual()) {
            partial.append(stream.asText());
            for (int newline; (newline = partial.indexOf("\n")) >= 0; ) {
                emit(partial.substring(0, newline));
                partial.delete(0, newline + 1);
            }
        } else if (document.has("status")) {
            basePulls.accept(document);
        }
    }

    /** Passes on a last line that had no newline; call when the stream ends. */
    void flush() {
        if (!partial.isEmpty()) {
            emit(partial.toString());
            partial.setLength(0);
        }
    }

    Optional<String> imageId() {
        return Optional.ofNullable(imageId);
    }

    private void emit(String line) {
        output.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
