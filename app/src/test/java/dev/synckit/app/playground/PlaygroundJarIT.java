package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar app/target/synckit.jar} without a token, as a newcomer runs it: it says where the page is. */
class PlaygroundJarIT {

    @TempDir
    Path workDir;

    @Test
    void withoutATokenTheJarPrintsThePlaygroundUrlAndServesThePage() throws Exception {
        try (var service = ServiceProcess.start(workDir, Map.of("SYNCKIT_HTTP_PORT", "0"))) {
            var port = service.awaitPort();
            var url = "http://127.0.0.1:" + port + "/playground";
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!service.stdout().contains("synckit playground: open " + url) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(service.stdout().contains("synckit playground: open " + url), service.stdout());

            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertTrue(page.body().contains("<title>synckit playground</title>"), page.body());
        }
    }
}
