package dev.synckit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page's files over real HTTP: bytes and type as they are, a 304 for what the browser has, guards on each. */
class WebAssetsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void start() {
        var assets = WebAssets.load("assets-test", List.of("page.html", "page.css"));
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing.get("/page/{file}",
                        (req, res) -> assets.send(req.path().pathParameters().get("file"), req, res)))
                .build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheFileWithItsTypeAndTheGuards() throws Exception {
        var page = get("/page/page.html", null);
        assertEquals(200, page.statusCode());
        assertEquals("<!doctype html><p>hello</p>\n", page.body());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-ancestors 'none'"));
        assertEquals("text/css; charset=utf-8",
                get("/page/page.css", null).headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aBrowserThatHasTheFileGetsA304AndAChangedOneTheFile() throws Exception {
        var etag = get("/page/page.html", null).headers().firstValue("ETag").orElseThrow();
        var again = get("/page/page.html", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/page/page.html", "\"something-else\"").statusCode());
    }

    @Test
    void anythingElseIsNotFoundAndAMissingFileStopsTheStart() throws Exception {
        var unknown = get("/page/other.js", null);
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"error\":\"not found\"}", unknown.body());
        assertEquals(404, get("/page/..%2Fassets-test%2Fpage.html", null).statusCode(), "only the listed files");
        var missing = assertThrows(IllegalStateException.class,
                () -> WebAssets.load("assets-test", List.of("absent.js")));
        assertEquals("the web asset assets-test/absent.js is missing from the classpath", missing.getMessage());
    }
}
