package dev.synckit.agent.docker;

import static dev.synckit.agent.docker.EngineEnvironment.busyboxContext;
import static dev.synckit.agent.docker.EngineEnvironment.docker;
import static dev.synckit.agent.docker.EngineEnvironment.dockerMayFail;
import static dev.synckit.agent.docker.EngineEnvironment.removeQuietly;
import static dev.synckit.agent.docker.EngineEnvironment.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds and pulls against the real engine; the docker CLI cross-checks what the engine holds afterwards. */
class DockerBuildTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String SLEEPER = """
            FROM scratch
            COPY busybox /bin/busybox
            ENTRYPOINT ["/bin/busybox"]
            CMD ["sleep","3600"]
            """;

    /** Podman goes on building after the client hangs up: the step fails in the end, so no image is left. */
    private static final String HANGS = """
            FROM scratch
            COPY busybox /bin/busybox
            RUN ["/bin/busybox","sh","-c","sleep 60; exit 1"]
            """;

    @TempDir
    Path dir;

    private DockerApiEngine engine;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private String tag;

    @BeforeEach
    void setUp() {
        tag = uniqueName("build") + ":1";
        engine = EngineEnvironment.engine();
    }

    @AfterEach
    void removeImage() {
        if (engine != null) {
            removeQuietly("image", tag);
        }
    }

    @Test
    void buildAnswersTheImageIdTheTagResolvesTo() throws Exception {
        String id = engine.build(busyboxContext(dir, SLEEPER), tag, output::add, TIMEOUT);

        assertEquals(docker("image", "inspect", "--format", "{{.Id}}", tag), id);
        assertEquals(Optional.of(id), engine.imageId(tag));
        assertTrue(output.stream().anyMatch(line -> line.contains("COPY busybox /bin/busybox")), output::toString);
        assertTrue(output.stream().noneMatch(line -> line.contains("\n")), "one line per output call");
    }

    @Test
    void failingRunStepThrowsWithTheEnginesMessage() throws Exception {
        Path context = busyboxContext(dir, "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\",\"false\"]\n");

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.build(context, tag, output::add, TIMEOUT));

        assertTrue(e.getMessage().startsWith("docker-build: "), e.getMessage());
        assertTrue(e.getMessage().contains("/bin/busybox false"), e.getMessage());
        assertEquals(Optional.empty(), engine.imageId(tag));
    }

    @Test
    void badDockerfileThrowsWhatTheCliAlsoReports() throws Exception {
        Path context = busyboxContext(dir, "FROMX scratch\n");

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.build(context, tag, output::add, TIMEOUT));

        String engineWords = e.getMessage().substring("docker-build: ".length());
        EngineEnvironment.Result cli = dockerMayFail("build", "-t", tag, context.toString());
        assertTrue(cli.exitCode() != 0);
        assertTrue(cli.stderr().contains(engineWords), "CLI: " + cli.stderr() + " / ours: " + engineWords);
    }

    @Test
    void hangingBuildIsAbandonedAtItsTimeout() throws Exception {
        Path context = busyboxContext(dir, HANGS);

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.build(context, tag, output::add, Duration.ofSeconds(3)));

        assertEquals("docker-build: timed out after 3s", e.getMessage());
    }

    @Test
    void interruptAbortsAHangingBuild() throws Exception {
        Path context = busyboxContext(dir, HANGS);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread builder = Thread.ofVirtual().start(() -> {
            try {
                engine.build(context, tag, output::add, TIMEOUT);
                outcome.complete(null);
            } catch (Exception | Error e) {
                outcome.complete(e);
            }
        });
        while (output.stream().noneMatch(line -> line.contains("sleep"))) {
            Thread.sleep(50);
        }

        builder.interrupt();

        assertInstanceOf(InterruptedException.class, outcome.get());
    }

    @Test
    void pullOfAnUnreachableRegistryFailsClearly() {
        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.pull("127.0.0.1:1/synckit-test-nothing:1", output::add, Duration.ofSeconds(20)));

        assertTrue(e.getMessage().startsWith("docker-pull: "), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void unknownImageAndContainerAreEmpty() throws Exception {
        assertEquals(Optional.empty(), engine.imageId(uniqueName("none") + ":1"));
        assertEquals(Optional.empty(), engine.containerImageId(uniqueName("none")));
    }
}
