package dev.synckit.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * {@code java -cp synckit.jar dev.synckit.app.HealthProbe [URL]}: exit code 0 when the service's {@code /health}
 * answers 200 within a few seconds, 1 otherwise. It is the container image's HEALTHCHECK, because a JRE base image
 * need not have curl or wget, but it always has {@code java}. Without a URL it asks
 * {@code http://127.0.0.1:$SYNCKIT_HTTP_PORT/health} (port 8080 when unset).
 */
public final class HealthProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthProbe() {
    }

    public static void main(String[] args) {
        System.exit(probe(target(args, System.getenv()), System.out));
    }

    static URI target(String[] args, Map<String, String> env) {
        if (args.length > 0) {
            return URI.create(args[0]);
        }
        var port = env.getOrDefault("SYNCKIT_HTTP_PORT", "");
        return URI.create("http://127.0.0.1:" + (port.isBlank() ? "8080" : port.strip()) + "/health");
    }

    /** Asks once; writes what it saw (status and body, or the failure) for {@code docker inspect} to show. */
    static int probe(URI uri, PrintStream out) {
        try (var http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            var response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            out.println(response.statusCode() + " " + response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            out.println(uri + ": " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
