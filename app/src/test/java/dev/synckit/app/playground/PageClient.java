package dev.synckit.app.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** What the playground page does, over the same HTTP routes, for tests that need no browser. */
final class PageClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    PageClient(int port) {
        this.base = "http://127.0.0.1:" + port + "/playground/api/";
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String method, String path, String body) throws Exception {
        var response = send(method, path, body);
        if (response.statusCode() != 200 && response.statusCode() != 202) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return WireJson.mapper().readTree(response.body());
    }

    /** Asks {@code probe} after every change the emulator reports until it finds something, for at most a minute. */
    <T> T await(String what, Function<PageClient, Optional<T>> probe) throws Exception {
        var deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long revision = -1;
        while (System.nanoTime() < deadline) {
            var found = probe.apply(this);
            if (found.isPresent()) {
                return found.get();
            }
            revision = json("GET", "revision?after=" + revision + "&wait_ms=2000", null).path("revision").asLong();
        }
        throw new AssertionError("not seen within a minute: " + what);
    }

    /** What the bot answered to an interaction so far. */
    JsonNode interaction(String id) {
        try {
            return json("GET", "interactions/" + id, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The channel's messages now, oldest first. */
    JsonNode messages(String channelId) {
        try {
            return json("GET", "channels/" + channelId + "/messages", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
