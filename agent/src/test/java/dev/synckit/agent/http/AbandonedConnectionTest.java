package dev.synckit.agent.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.GitFixture;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A client that walks away half-way through its request body costs the agent one debug line, no warning. */
@Timeout(60)
class AbandonedConnectionTest {

    private static final String SERVER_LOGGER = AgentServer.class.getName();

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @TempDir
    Path tmp;

    @BeforeEach
    void capture() {
        logged.start();
        root.addAppender(logged);
        ((Logger) LoggerFactory.getLogger(SERVER_LOGGER)).setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(logged);
        ((Logger) LoggerFactory.getLogger(SERVER_LOGGER)).setLevel(null);
    }

    private static void abandon(int port, String bytes) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
    }

    @Test
    void aBodyCutShortIsOneDebugLineAndTheAgentAnswersOn() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture("name: ledger\nrepo: " + git.clone() + "\nsteps:\n  - git-pull\n",
                tmp.resolve("data"))) {
            int port = agent.agent().port();
            String head = "POST /v1/deployments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + AgentFixture.SECRET
                    + "\r\n";
            abandon(port, head + "Content-Length: 100\r\n\r\n{\"ref\":");
            abandon(port, head + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"re");

            await().atMost(Duration.ofSeconds(10)).until(() -> debugLines().size() == 2);
            assertEquals(List.of("POST /v1/deployments: the client left before its request was complete",
                    "POST /v1/deployments: the client left before its request was complete"), debugLines());
            var unknown = agent.api("GET", "/v1/deployments/nothing-here", null);
            assertEquals(404, unknown.statusCode());
            assertEquals(List.<String>of(), lines(event -> event.getThrowableProxy() != null
                    || event.getLevel().isGreaterOrEqual(Level.WARN)));
        }
    }

    @Test
    void aClientThatHangsUpOnALongAnswerIsOneDebugLine() throws Exception {
        var git = new GitFixture(tmp);
        // several MB of log: more than loopback buffers hold, so writing it to a gone client must fail
        try (var agent = new AgentFixture("name: ledger\nrepo: " + git.clone()
                + "\nsteps:\n  - shell: { run: 'seq 1 1000000' }\n", tmp.resolve("data"))) {
            String id = agent.start("{}");
            agent.awaitFinal(id);
            try (var socket = new Socket("127.0.0.1", agent.agent().port())) {
                socket.getOutputStream().write(("GET /v1/deployments/" + id + "/log HTTP/1.1\r\nHost: x\r\n"
                        + "Authorization: Bearer " + AgentFixture.SECRET + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                socket.setSoLinger(true, 0);
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> !debugLines().isEmpty());
            assertEquals(List.of("GET /v1/deployments/" + id + "/log: the client left before its answer was sent"),
                    debugLines());
            assertEquals(200, agent.api("GET", "/v1/deployments/" + id, null).statusCode());
            assertEquals(List.<String>of(), lines(event -> event.getThrowableProxy() != null
                    || event.getLevel().isGreaterOrEqual(Level.WARN)));
        }
    }

    private List<String> debugLines() {
        return lines(event -> event.getLevel() == Level.DEBUG && event.getLoggerName().equals(SERVER_LOGGER));
    }

    /** The appender is filled from the server's threads; reading under its lock sees whole events. */
    private List<String> lines(Predicate<ILoggingEvent> which) {
        synchronized (logged) {
            return logged.list.stream().filter(which).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
