package dev.synckit.app.surface;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** A client that walks away half-way through a request costs the service one debug line, not a stack trace. */
class AbandonedConnectionsTest {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private RunningSyncKit service;

    @BeforeEach
    void start(@TempDir Path tmp) {
        // as Main does: Helidon logs through JUL
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        logged.start();
        root.addAppender(logged);
        ((Logger) LoggerFactory.getLogger("dev.synckit.webhooks.AbandonedConnections")).setLevel(Level.DEBUG);
        service = TestService.start(tmp, List.of());
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        root.detachAppender(logged);
        ((Logger) LoggerFactory.getLogger("dev.synckit.webhooks.AbandonedConnections")).setLevel(null);
    }

    private void abandon(String bytes) throws IOException {
        try (var socket = new Socket("127.0.0.1", service.port())) {
            socket.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
    }

    @Test
    void requestsAbandonedHalfWayLogNoStackTraceAndTheServerAnswersOn() throws Exception {
        var auth = "Authorization: Bearer " + TestService.EVENT_SECRET + "\r\n";
        abandon("POST /events/new-version HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 100\r\n\r\n{\"package\":");
        abandon("POST /events/new-version HTTP/1.1\r\nHost: x\r\n" + auth
                + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"pack");
        abandon("POST /api/v1/deployments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TestService.API_TOKEN
                + "\r\nContent-Length: 50\r\n\r\n{");
        abandon("GET /health HTTP/1.1\r\nHost: x\r\nAccept: ");
        abandon("GET /health HTTP/1.1\r\n");

        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        // the server notices each connection cut inside its headers on its own thread, with one debug line
        await().atMost(Duration.ofSeconds(10)).until(() -> logged.list.stream()
                .filter(event -> event.getLevel() == Level.DEBUG && event.getFormattedMessage()
                        .startsWith("a client left before its request was complete")).count() >= 2);
        var traces = logged.list.stream().filter(event -> event.getThrowableProxy() != null
                || event.getLevel().isGreaterOrEqual(Level.WARN)).map(event -> event.getLevel() + " "
                + event.getLoggerName() + " " + event.getFormattedMessage()).toList();
        assertEquals(List.<String>of(), traces);
    }
}
