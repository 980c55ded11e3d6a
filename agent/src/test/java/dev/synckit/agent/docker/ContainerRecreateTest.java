package dev.synckit.agent.docker;

import static dev.synckit.agent.docker.EngineEnvironment.busyboxContext;
import static dev.synckit.agent.docker.EngineEnvironment.docker;
import static dev.synckit.agent.docker.EngineEnvironment.dockerMayFail;
import static dev.synckit.agent.docker.EngineEnvironment.inspect;
import static dev.synckit.agent.docker.EngineEnvironment.removeQuietly;
import static dev.synckit.agent.docker.EngineEnvironment.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recreates real containers and inspects, with the docker CLI, what runs afterwards. */
class ContainerRecreateTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String BASE = """
            FROM scratch
            COPY busybox /bin/busybox
            ENTRYPOINT ["/bin/busybox"]
            """;

    private static final String OLD_IMAGE = uniqueName("old") + ":1";
    private static final String NEW_IMAGE = uniqueName("new") + ":1";
    private static final String EXITING_IMAGE = uniqueName("exits") + ":1";

    @TempDir
    static Path images;
    @TempDir
    Path dir;

    private DockerApiEngine engine;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();

    @BeforeAll
    static void buildImages() throws IOException {
        EngineEnvironment.engine();
        build(OLD_IMAGE, BASE + "LABEL version=old\nCMD [\"sleep\",\"3600\"]\n");
        build(NEW_IMAGE, BASE + "LABEL version=new\nENV RELEASE=new\nCMD [\"sleep\",\"3600\"]\n");
        build(EXITING_IMAGE, BASE + "CMD [\"sh\",\"-c\",\"echo boom >&2; exit 3\"]\n");
    }

    private static void build(String tag, String dockerfile) throws IOException {
        docker("build", "-q", "-t", tag, busyboxContext(images.resolve(tag.replace(':', '-')), dockerfile).toString());
    }

    @AfterAll
    static void removeImages() {
        removeQuietly("image", OLD_IMAGE, NEW_IMAGE, EXITING_IMAGE);
    }

    @BeforeEach
    void setUp() {
        engine = EngineEnvironment.engine();
    }

    @AfterEach
    void removeContainers() {
        removeQuietly("container", containers.toArray(String[]::new));
        removeQuietly("volume", volumes.toArray(String[]::new));
        removeQuietly("network", networks.toArray(String[]::new));
    }

    private String container(String what) {
        String name = uniqueName(what);
        containers.add(name);
        containers.add(name + ContainerRecreation.BACKUP_SUFFIX);
        return name;
    }

    @Test
    void recreateKeepsTheConfigurationAndRunsTheNewImage() throws Exception {
        String name = container("keep");
        String volume = uniqueName("vol");
        String network = uniqueName("net");
        volumes.add(volume);
        networks.add(network);
        docker("network", "create", network);
        Path bind = Files.createDirectories(dir.resolve("bind"));
        Files.writeString(bind.resolve("config.txt"), "from the host");
        int port = freePort();
        String oldId = docker("run", "-d", "--name", name, "-e", "FOO=bar", "-l", "app=ledger",
                "--restart", "unless-stopped", "-p", "127.0.0.1:" + port + ":80", "-v", bind + ":/data",
                "-v", volume + ":/vol", "--network", network, "--network-alias", "ledger", "--stop-timeout", "1",
                "-w", "/data", OLD_IMAGE, "sleep", "3599");
        docker("exec", name, "/bin/busybox", "sh", "-c", "echo kept > /vol/marker");

        ContainerEngine.Recreated recreated = engine.recreate(name, NEW_IMAGE, output::add, TIMEOUT);

        JsonNode now = inspect("container", name);
        String newImageId = docker("image", "inspect", "--format", "{{.Id}}", NEW_IMAGE);
        assertEquals(new ContainerEngine.Recreated(now.path("Id").asText(),
                docker("image", "inspect", "--format", "{{.Id}}", OLD_IMAGE), newImageId), recreated);
        assertNotEquals(oldId, now.path("Id").asText());
        assertEquals(newImageId, now.path("Image").asText());
        assertTrue(now.path("State").path("Running").asBoolean(), now.path("State").toString());
        JsonNode config = now.path("Config");
        assertTrue(texts(config.path("Env")).contains("FOO=bar"), config.path("Env").toString());
        assertTrue(texts(config.path("Env")).contains("RELEASE=new"), "the new image's env applies too");
        assertEquals("ledger", config.path("Labels").path("app").asText());
        assertEquals("new", config.path("Labels").path("version").asText(), "labels of the new image");
        assertEquals(List.of("sleep", "3599"), texts(config.path("Cmd")));
        assertEquals("/data", config.path("WorkingDir").asText());
        JsonNode host = now.path("HostConfig");
        assertEquals("unless-stopped", host.path("RestartPolicy").path("Name").asText());
        JsonNode binding = host.path("PortBindings").path("80/tcp").path(0);
        assertEquals("127.0.0.1:" + port, binding.path("HostIp").asText() + ":" + binding.path("HostPort").asText());
        assertEquals("from the host", docker("exec", name, "/bin/busybox", "cat", "/data/config.txt"));
        assertEquals("kept", docker("exec", name, "/bin/busybox", "cat", "/vol/marker"));
        assertTrue(texts(now.path("NetworkSettings").path("Networks").path(network).path("Aliases"))
                .contains("ledger"), now.path("NetworkSettings").toString());
        assertEquals(1, dockerMayFail("container", "inspect", name + ContainerRecreation.BACKUP_SUFFIX).exitCode(),
                "the old container is removed");
        assertEquals(1, dockerMayFail("container", "inspect", oldId).exitCode());
    }

    @Test
    void newContainerThatExitsAtOnceLeavesTheOldOneRunning() throws Exception {
        String name = container("rollback");
        String oldId = docker("run", "-d", "--name", name, "-e", "FOO=bar", "--stop-timeout", "1", OLD_IMAGE);
        String oldImageId = inspect("container", name).path("Image").asText();

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.recreate(name, EXITING_IMAGE, output::add, TIMEOUT));

        assertTrue(e.getMessage().startsWith("container-recreate: new container " + name), e.getMessage());
        assertTrue(e.getMessage().endsWith("did not stay running (it exited with code 3); the previous container"
                + " was restored"), e.getMessage());
        JsonNode now = inspect("container", name);
        assertEquals(oldId, now.path("Id").asText());
        assertEquals(oldImageId, now.path("Image").asText());
        assertTrue(now.path("State").path("Running").asBoolean(), now.path("State").toString());
        assertTrue(output.contains("  boom"), "the new container's last output is shown: " + output);
        assertEquals("", docker("ps", "-a", "-q", "--filter", "ancestor=" + EXITING_IMAGE),
                "the failed container is removed");
    }

    @Test
    void unknownContainerIsAClearError() {
        String name = uniqueName("missing");

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.recreate(name, NEW_IMAGE, output::add, TIMEOUT));

        assertEquals("container-recreate: no container named " + name, e.getMessage());
    }

    @Test
    void unknownImageLeavesTheContainerAlone() throws Exception {
        String name = container("noimage");
        String oldId = docker("run", "-d", "--name", name, "--stop-timeout", "1", OLD_IMAGE);
        String image = uniqueName("none") + ":1";

        ContainerEngineException e = assertThrows(ContainerEngineException.class,
                () -> engine.recreate(name, image, output::add, TIMEOUT));

        assertEquals("container-recreate: no image " + image + " (build or pull it first)", e.getMessage());
        assertEquals(Optional.of(inspect("container", oldId).path("Image").asText()), engine.containerImageId(name));
        assertTrue(inspect("container", name).path("State").path("Running").asBoolean());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
