package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

import java.util.Map;

/** A REST answer: a status, a JSON body (none for 204) or a file's bytes, and extra headers. */
record RestReply(int status, JsonNode body, Map<String, String> headers, byte[] file) {

    RestReply(int status, JsonNode body, Map<String, String> headers) {
        this(status, body, headers, null);
    }

    static RestReply json(int status, JsonNode body) {
        return new RestReply(status, body, Map.of());
    }

    static RestReply file(String contentType, byte[] content) {
        return new RestReply(200, null, Map.of("Content-Type", contentType), content);
    }

    static RestReply ok(JsonNode body) {
        return json(200, body);
    }

    static RestReply noContent() {
        return new RestReply(204, null, Map.of());
    }

    MockResponse toResponse() {
        MockResponse response = new MockResponse().setResponseCode(status);
        headers.forEach(response::setHeader);
        if (file != null) {
            response.setBody(new Buffer().write(file));
        }
        if (body != null) {
            response.setHeader("Content-Type", "application/json").setBody(body.toString());
        }
        return response;
    }
}
