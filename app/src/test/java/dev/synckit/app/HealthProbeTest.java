package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The container health probe against a real HTTP server on loopback: its exit code and what it prints. */
class HealthProbeTest {

    private HttpServer server;
    private volatile int status = 200;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void serveHealth() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            var body = "{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\"}";
            exchange.sendResponseHeaders(status, body.length());
            exchange.getResponseBody().write(body.getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI health() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health");
    }

    private int probe(URI uri) {
        return HealthProbe.probe(uri, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void healthyIsExitCodeZeroAndShowsTheAnswer() {
        assertEquals(0, probe(health()));
        assertEquals("200 {\"status\":\"UP\"}\n", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anyOtherStatusIsUnhealthy() {
        status = 503;
        assertEquals(1, probe(health()));
        assertEquals("503 {\"status\":\"DOWN\"}\n", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nothingListeningIsUnhealthy() throws Exception {
        URI uri;
        try (var closed = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            uri = URI.create("http://127.0.0.1:" + closed.getLocalPort() + "/health");
        }
        assertEquals(1, probe(uri));
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(uri + ": java.net.ConnectException"),
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void asksTheConfiguredPortOnLoopbackUnlessGivenAUrl() {
        assertEquals(URI.create("http://127.0.0.1:8080/health"), HealthProbe.target(new String[0], Map.of()));
        assertEquals(URI.create("http://127.0.0.1:9090/health"),
                HealthProbe.target(new String[0], Map.of("SYNCKIT_HTTP_PORT", "9090")));
        assertEquals(URI.create("http://[::1]:1/health"),
                HealthProbe.target(new String[] {"http://[::1]:1/health"}, Map.of("SYNCKIT_HTTP_PORT", "9090")));
    }
}
