package dev.synckit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.store.StoreUnavailableException;
import dev.synckit.core.testing.InMemoryEventStore;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint of the surface over real HTTP, including what a careless or hostile client sends. */
class HttpSurfaceTest {

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile boolean storeDown;
    private HttpSurface.Running server;

    @BeforeEach
    void start() {
        var intake = new NewVersionIntake(events, List.of(event -> { }), Clock.systemUTC());
        server = HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                        new VerifyInfo("EggLedger", "ab", "v1", "d"), timeout -> {
                            if (storeDown) {
                                throw new StoreUnavailableException("connection refused", null);
                            }
                        }, intake, "secret"::equals)
                .with(new HttpRoutes(rules -> rules.get("/hello", (req, res) -> res.send("hi"))))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void verifyServesBothShapes() throws Exception {
        var current = send("GET", "/verify", null);
        assertEquals(200, current.statusCode());
        assertEquals("{\"name\":\"EggLedger\",\"sha256\":\"ab\",\"version\":\"v1\",\"date\":\"d\"}", current.body());
        assertEquals("application/json", current.headers().firstValue("Content-Type").orElseThrow());

        var legacy = send("GET", "/api/v1/verify", null);
        assertEquals("{\"sha256\":\"ab\",\"version\":\"v1\",\"built\":\"d\"}", legacy.body());
    }

    @Test
    void healthFollowsTheStore() throws Exception {
        var up = send("GET", "/health", null);
        assertEquals(200, up.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"store\":\"UP\"}}", up.body());

        storeDown = true;
        var down = send("GET", "/health", null);
        assertEquals(503, down.statusCode());
        assertEquals("{\"status\":\"DOWN\",\"checks\":{\"store\":\"DOWN\"}}", down.body());
    }

    @Test
    void otherMethodsOnKnownPathsAre405WithAllow() throws Exception {
        for (var probe : List.of(new String[] {"POST", "/verify"}, new String[] {"DELETE", "/health"},
                new String[] {"PUT", "/api/v1/verify"}, new String[] {"GET", "/events/new-version"},
                new String[] {"PATCH", "/events/new-version"})) {
            var response = send(probe[0], probe[1], probe[0].equals("GET") ? null : "{}");
            assertEquals(405, response.statusCode(), probe[0] + " " + probe[1]);
            var allow = probe[1].equals("/events/new-version") ? "POST" : "GET";
            assertEquals(allow, response.headers().firstValue("Allow").orElseThrow());
            assertEquals("{\"error\":\"method not allowed; use " + allow + "\"}", response.body());
        }
    }

    @Test
    void unknownPathsAreJson404() throws Exception {
        for (var path : List.of("/", "/nope", "/verify/x", "/events", "/%2e%2e/etc/passwd", "/api/v1/verify/..")) {
            var response = send("GET", path, null);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " " + response.statusCode());
            assertFalse(response.body().contains("Exception"), response.body());
        }
        assertEquals("{\"error\":\"no such endpoint\"}", send("GET", "/nope", null).body());
    }

    @Test
    void embeddingApplicationsRoutesAreServed() throws Exception {
        assertEquals("hi", send("GET", "/hello", null).body());
    }

    @Test
    void metricsArePrometheusTextAndCountEvents() throws Exception {
        send("POST", "/events/new-version", "{}");
        var response = send("GET", "/metrics", null);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("synckit_events_total{result=\"unauthorized\""),
                response.body().lines().filter(l -> l.contains("synckit")).toList().toString());
    }

    @Test
    void garbageOnTheWireNeverYieldsA5xxOrAStackTrace() throws Exception {
        var probes = List.of(
                "GARBAGE\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                "POST /events/new-version HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer secret\r\n"
                        + "Content-Length: 999999999999\r\n\r\n{}",
                "POST /events/new-version HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer secret\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
                "POST /events/new-version HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer secret\r\n"
                        + "Content-Length: 10\r\n\r\n{\"pa",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\n" + "X-Big: " + "b".repeat(70_000) + "\r\n\r\n");
        for (var probe : probes) {
            var answer = raw(probe);
            var label = probe.substring(0, Math.min(60, probe.length()));
            if (answer.isEmpty()) {
                continue; // the server closed the connection: acceptable for bytes that are not HTTP
            }
            var status = Integer.parseInt(answer.substring(9, 12));
            assertTrue(status < 500, label + " -> " + answer.lines().findFirst().orElse(""));
            assertFalse(answer.contains("Exception") || answer.contains("\tat "), label + " -> " + answer);
        }
        assertTrue(events.recent(10).isEmpty(), "nothing stored from a rejected request");
    }

    private String raw(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            return readAll(socket.getInputStream());
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            return "";
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
