package dev.synckit.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;

import java.util.Locale;

/**
 * The JSON of a request body: the body itself, or the {@code payload_json} part of a multipart body (JDA sends
 * multipart when a message carries files). Files themselves are not kept.
 */
final class RequestJson {

    private RequestJson() {
    }

    static JsonNode parse(String contentType, String body) throws JsonProcessingException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String json = type.startsWith("multipart/form-data") ? payloadJson(contentType, body) : body;
        return json.isBlank() ? WireJson.mapper().createObjectNode() : WireJson.mapper().readTree(json);
    }

    private static String payloadJson(String contentType, String body) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return "";
        }
        String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd > 0 && part.substring(0, headersEnd).contains("name=\"payload_json\"")) {
                return part.substring(headersEnd + 4).stripTrailing();
            }
        }
        return "";
    }
}
