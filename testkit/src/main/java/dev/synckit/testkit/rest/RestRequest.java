package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;

import java.util.List;

/**
 * A REST request: its method, the path segments after the prefix (/api/v10 or /emulator), its JSON body (a multipart
 * body's {@code payload_json}; a missing body is an empty object) and the files of a multipart body.
 */
record RestRequest(String method, List<String> segments, HttpUrl url, String authorization, JsonNode body,
                   List<RequestJson.Upload> files) {

    RestRequest {
        files = List.copyOf(files);
    }

    /** True when the method matches and every segment equals the pattern's, where "*" matches any one segment. */
    boolean matches(String expectedMethod, String... pattern) {
        if (!method.equals(expectedMethod) || pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the path matches, whatever the method (to answer 405 on a known path). */
    boolean pathMatches(String... pattern) {
        return matches(method, pattern);
    }

    RestRequest withSegments(List<String> relative) {
        return new RestRequest(method, List.copyOf(relative), url, authorization, body, files);
    }

    String segment(int index) {
        return segments.get(index);
    }

    /** The segment as a snowflake, or -1 when it is not one (Discord answers 404 then, as we do). */
    long id(int index) {
        try {
            return Long.parseUnsignedLong(segments.get(index));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String describe() {
        return method + " /" + String.join("/", segments);
    }
}
