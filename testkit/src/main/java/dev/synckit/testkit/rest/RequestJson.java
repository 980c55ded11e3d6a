package dev.synckit.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON of a request body: the body itself, the {@code payload_json} part of a multipart body (JDA sends
 * multipart when a message carries files; files themselves are not kept), or a form's fields.
 */
final class RequestJson {

    private RequestJson() {
    }

    static JsonNode parse(String contentType, String body) throws JsonProcessingException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return formFields(body);
        }
        String json = type.startsWith("multipart/form-data") ? payloadJson(contentType, body) : body;
        return json.isBlank() ? WireJson.mapper().createObjectNode() : WireJson.mapper().readTree(json);
    }

    /** A form's fields as a JSON object of strings (OAuth2's token request is a form). */
    private static JsonNode formFields(String body) {
        ObjectNode fields = WireJson.mapper().createObjectNode();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return fields;
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
