package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the error of a build or pull progress document, which the engine sends with a 200 status. */
final class ProgressErrors {

    private ProgressErrors() {
    }

    /** The engine's message, or null when the document reports no error. */
    static String message(JsonNode document) {
        String detail = document.path("errorDetail").path("message").asText("").strip();
        if (!detail.isEmpty()) {
            return detail;
        }
        JsonNode error = document.path("error");
        if (error.isMissingNode() || error.isNull()) {
            return null;
        }
        String text = error.isTextual() ? error.asText().strip() : error.toString();
        return text.isEmpty() ? "the engine reported an error without a message" : text;
    }
}
