package dev.synckit.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request body as the routes read it: its JSON — the body itself, or the {@code payload_json} part of a multipart
 * body (JDA sends multipart when a message carries files), or a form's fields — and the files of a multipart body.
 */
record RequestJson(JsonNode json, List<Upload> files) {

    /** One file part of a multipart body ({@code files[n]}), in the order sent. */
    record Upload(String filename, String contentType, byte[] content) {
    }

    RequestJson {
        files = List.copyOf(files);
    }

    static RequestJson parse(String contentType, byte[] body) throws JsonProcessingException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return new RequestJson(formFields(new String(body, StandardCharsets.UTF_8)), List.of());
        }
        if (!type.startsWith("multipart/form-data")) {
            return new RequestJson(json(new String(body, StandardCharsets.UTF_8)), List.of());
        }
        String json = "";
        List<Upload> files = new ArrayList<>();
        for (Part part : parts(contentType, body)) {
            if (part.name().equals("payload_json")) {
                json = new String(part.content(), StandardCharsets.UTF_8);
            } else if (part.filename() != null) {
                files.add(new Upload(part.filename(), part.contentType(), part.content()));
            }
        }
        return new RequestJson(json(json), files);
    }

    /** A form's fields as a JSON object of strings (OAuth2's token request is a form). */
    private static JsonNode formFields(String body) {
        ObjectNode fields = WireJson.mapper().createObjectNode();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static JsonNode json(String text) throws JsonProcessingException {
        return text.isBlank() ? WireJson.mapper().createObjectNode() : WireJson.mapper().readTree(text);
    }

    private record Part(String name, String filename, String contentType, byte[] content) {
    }

    /** The parts between the boundaries; ISO-8859-1 maps every byte to one char, so file bytes survive the split. */
    private static List<Part> parts(String contentType, byte[] body) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return List.of();
        }
        String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            parts.add(new Part(parameter(headers, "name"), parameter(headers, "filename"), header(headers),
                    content.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    private static String parameter(String headers, String name) {
        String key = " " + name + "=\"";
        int start = headers.indexOf(key);
        if (start < 0) {
            key = ";" + name + "=\"";
            start = headers.indexOf(key);
        }
        if (start < 0) {
            return name.equals("name") ? "" : null;
        }
        int end = headers.indexOf('"', start + key.length());
        String value = headers.substring(start + key.length(), end < 0 ? headers.length() : end);
        return new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String header(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                return line.substring("content-type:".length()).trim();
            }
        }
        return "application/octet-stream";
    }
}
