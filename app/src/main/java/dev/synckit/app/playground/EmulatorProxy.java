package dev.synckit.app.playground;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Forwards the page's requests to the emulator's {@code /emulator/…} control routes, so that the page talks to one
 * origin (the service) and the emulator's port stays an inner detail.
 */
final class EmulatorProxy {

    /** Longer than the emulator's longest long-poll (20 s), so a quiet wait ends as an answer, not a timeout. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(2);

    /** What the emulator answered. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private final HttpClient http;
    private final URI base;

    EmulatorProxy(String emulatorBaseUrl) {
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_WAIT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = URI.create(emulatorBaseUrl).resolve("emulator/");
    }

    /** {@code path} is relative to {@code /emulator/} and made only of checked segments; {@code body} null for GET. */
    Answer forward(String method, String path, byte[] body) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(ANSWER_WAIT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("application/json"), response.body());
        } catch (IOException e) {
            return unavailable(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted");
        }
    }

    void close() {
        http.close();
    }

    private static Answer unavailable(String why) {
        var message = "{\"message\":\"the Discord emulator did not answer: " + why.replace("\"", "'") + "\"}";
        return new Answer(502, "application/json", message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
