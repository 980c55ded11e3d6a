package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a scripted engine on a real unix socket: framing on the wire, deadlines, interrupts. */
class EngineHttpTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;
    private Path socket;
    private final CompletableFuture<String> request = new CompletableFuture<>();

    @BeforeEach
    void listen() throws IOException {
        socket = dir.resolve("engine.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket));
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    /** Accepts one connection, reads the request head, and lets {@code script} answer. */
    private void serveOnce(Script script) {
        Thread.ofVirtual().start(() -> {
            try (SocketChannel client = server.accept()) {
                InputStream in = Channels.newInputStream(client);
                StringBuilder head = new StringBuilder();
                for (String line; !(line = HttpMessageReader.readLine(in)).isEmpty(); ) {
                    head.append(line).append('\n');
                }
                request.complete(head.toString());
                script.answer(in, client);
            } catch (IOException | InterruptedException e) {
                request.completeExceptionally(e);
            }
        });
    }

    private static void send(SocketChannel client, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            client.write(bytes);
        }
    }

    private EngineHttp http() {
        return new EngineHttp(new DockerHost.Unix(socket));
    }

    @Test
    void streamedBodyGoesOutChunkedAndJsonLinesComeInAsTheyArrive() throws Exception {
        CountDownLatch firstLineSeen = new CountDownLatch(1);
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        serveOnce((in, client) -> {
            body.complete(HttpMessageReader.body(new HttpMessageReader.ResponseHead(200, "",
                    Map.of("transfer-encoding", "chunked")), "POST", in).readAllBytes());
            send(client, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            send(client, "10\r\n{\"stream\":\"one\\n\r\n");
            send(client, "3\r\n\"}\n\r\n");
            assertTrue(firstLineSeen.await(10, TimeUnit.SECONDS), "the client saw line one before line two came");
            send(client, "f\r\n{\"stream\":\"two\"\r\n2\r\n}\n\r\n0\r\n\r\n");
        });
        List<String> lines = new CopyOnWriteArrayList<>();
        EngineRequest streamed = new EngineRequest("POST", "/v1.41/build?t=x%3A1",
                new EngineRequest.Body.Streamed("application/x-tar", out -> out.write(new byte[70_000])));

        try (EngineResponse response = http().send("docker-build", streamed, Deadline.after(Duration.ofSeconds(10)))) {
            response.eachJsonLine(document -> {
                lines.add(document.path("stream").asText());
                firstLineSeen.countDown();
            });
        }

        assertEquals(List.of("one\n", "two"), lines);
        String head = request.get(10, TimeUnit.SECONDS);
        assertTrue(head.startsWith("POST /v1.41/build?t=x%3A1 HTTP/1.1\nHost: docker\n"), head);
        assertTrue(head.contains("Transfer-Encoding: chunked\n"), head);
        assertTrue(head.contains("Content-Type: application/x-tar\n"), head);
        assertEquals(70_000, body.get(10, TimeUnit.SECONDS).length);
    }

    @Test
    void jsonBodyGoesOutWithItsLengthAndAnErrorAnswerGivesTheEnginesMessage() throws Exception {
        CompletableFuture<String> body = new CompletableFuture<>();
        serveOnce((in, client) -> {
            body.complete(new String(in.readNBytes(13), StandardCharsets.UTF_8));
            send(client, "HTTP/1.1 409 Conflict\r\nContent-Length: 39\r\n\r\n{\"message\":\"name is already in use\"}\r\n\r\n");
        });

        try (EngineResponse response = http().send("container-recreate",
                EngineRequest.post("/v1.41/containers/create", "{\"Image\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                Deadline.after(Duration.ofSeconds(10)))) {
            assertEquals(409, response.status());
            assertEquals("name is already in use", response.errorMessage());
        }
        assertEquals("{\"Image\":\"x\"}", body.get(10, TimeUnit.SECONDS));
        assertTrue(request.get().contains("Content-Length: 13\n"), request.get());
    }

    @Test
    void anEngineThatNeverAnswersTimesOut() throws Exception {
        serveOnce((in, client) -> Thread.sleep(Duration.ofSeconds(30)));

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> http().send("image-inspect", EngineRequest.get("/v1.41/images/x/json"),
                        Deadline.after(Duration.ofSeconds(1))));

        assertEquals("image-inspect: timed out after 1s", e.getMessage());
    }

    @Test
    void aStreamThatStallsIsAbandonedAtTheDeadline() throws Exception {
        serveOnce((in, client) -> {
            send(client, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{}\n\r\n");
            Thread.sleep(Duration.ofSeconds(30));
        });
        List<JsonNode> documents = new CopyOnWriteArrayList<>();

        ContainerEngineException e = assertThrows(ContainerEngineException.class, () -> {
            try (EngineResponse response = http().send("docker-pull", EngineRequest.post("/v1.41/images/create"),
                    Deadline.after(Duration.ofSeconds(1)))) {
                response.eachJsonLine(documents::add);
            }
        });

        assertEquals("docker-pull: timed out after 1s", e.getMessage());
        assertEquals(1, documents.size());
    }

    @Test
    void interruptEndsAWaitingCallWithInterruptedException() throws Exception {
        serveOnce((in, client) -> Thread.sleep(Duration.ofSeconds(30)));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try (EngineResponse response = http().send("image-inspect", EngineRequest.get("/v1.41/images/x/json"),
                    Deadline.after(Duration.ofSeconds(30)))) {
                outcome.complete(new AssertionError("answered with HTTP " + response.status()));
            } catch (Exception e) {
                outcome.complete(e);
            }
        });
        request.get(10, TimeUnit.SECONDS);

        caller.interrupt();

        assertInstanceOf(InterruptedException.class, outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aSocketThatDoesNotExistFailsWithWhereItLooked() {
        Path missing = dir.resolve("no-engine.sock");
        DockerApiEngine engine = DockerApiEngine.fromEnvironment(Map.of("DOCKER_HOST", "unix://" + missing));

        ContainerEngineException e = assertThrows(ContainerEngineException.class, () -> engine.imageId("x:1"));

        assertTrue(e.getMessage().startsWith("image-inspect: cannot reach the container engine at unix://" + missing
                + ": "), e.getMessage());
    }

    @Test
    void aMissingBuildContextIsNamedBeforeAnyCall() {
        DockerApiEngine engine = DockerApiEngine.fromEnvironment(Map.of("DOCKER_HOST", "unix://" + socket));
        Path missing = dir.resolve("no-such-context");

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.build(missing, "x:1", line -> { }, Duration.ofSeconds(5)));

        assertEquals("docker-build: the build context " + missing + " is not a directory", e.getMessage());
    }

    @Test
    void dockerHostForms() {
        assertEquals(new DockerHost.Unix(Path.of("/var/run/docker.sock")), DockerHost.fromEnvironment(Map.of()));
        assertEquals(new DockerHost.Tcp("10.0.0.5", 2375), DockerHost.parse("tcp://10.0.0.5:2375"));
        assertEquals("[::1]:2375", DockerHost.parse("tcp://[::1]:2375").hostHeader());
        assertThrows(IllegalArgumentException.class, () -> DockerHost.parse("ssh://host"));
        assertThrows(IllegalArgumentException.class, () -> DockerHost.parse("tcp://host"));
    }

    @FunctionalInterface
    private interface Script {
        void answer(InputStream in, SocketChannel client) throws IOException, InterruptedException;
    }
}
