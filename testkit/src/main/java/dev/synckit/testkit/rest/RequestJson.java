package dev.synckit.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON of a request body: the body itself, a form's fields, or the {@code payload_json} part of a multipart body
 * (JDA sends multipart when a message carries files). The files become the message's {@code attachments}, each with
 * its text under {@code emulator_text} (not a Discord field), so that a test can read what a member would download.
 */
final class RequestJson {

    private static final Pattern FILE_PART = Pattern.compile("name=\"files\\[\\d+]\"; filename=\"([^\"]*)\"");

    private RequestJson() {
    }

    static JsonNode parse(String contentType, String body) throws JsonProcessingException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return formFields(body);
        }
        if (!type.startsWith("multipart/form-data")) {
            return body.isBlank() ? WireJson.mapper().createObjectNode() : WireJson.mapper().readTree(body);
        }
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return WireJson.mapper().createObjectNode();
        }
        String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
        JsonNode json = WireJson.mapper().createObjectNode();
        ArrayNode files = WireJson.mapper().createArrayNode();
        for (String part : body.split(Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd <= 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
            Matcher file = FILE_PART.matcher(headers);
            if (headers.contains("name=\"payload_json\"")) {
                json = content.isBlank() ? json : WireJson.mapper().readTree(content);
            } else if (file.find()) {
                files.add(attachment(files.size(), file.group(1), content));
            }
        }
        if (!files.isEmpty() && json instanceof ObjectNode object) {
            object.set("attachments", files);
        }
        return json;
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

    private static ObjectNode attachment(int index, String filename, String text) {
        String url = "https://cdn.discordapp.com/attachments/emulated/" + index + "/" + filename;
        return WireJson.mapper().createObjectNode()
                .put("id", Integer.toString(index + 1))
                .put("filename", filename)
                .put("size", text.getBytes(StandardCharsets.UTF_8).length)
                .put("url", url)
                .put("proxy_url", url)
                .put("emulator_text", text);
    }
}
