package dev.synckit.app.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.ServiceProcess;
import dev.synckit.contract.WireJson;
import dev.synckit.store.testing.RequiredEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/service/Dockerfile and deploy/agent/Dockerfile built by the real container engine from the prebuilt jars
 * on a Java image made FROM scratch, then run as an operator runs them: published ports, a data volume, SIGTERM.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContainerImagesIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path AGENT_JAR = REPO.resolve("agent/target/synckit-agent.jar");
    private static final Duration BUILD = Duration.ofSeconds(180);
    private static final Duration SHORT = Duration.ofSeconds(60);
    private static final String RUN = "synckit-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String JAVA_IMAGE = RUN + "-java";
    private static final String SERVICE_IMAGE = RUN + "-service";
    private static final String AGENT_IMAGE = RUN + "-agent";

    @TempDir
    static Path tmp;
    private static DockerCli docker;
    private static final List<String> CONTAINERS = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void buildImages() throws Exception {
        RequiredEnvironment.require("DOCKER_HOST");
        RequiredEnvironment.requireCommand("docker", "apt-get install docker.io");
        assertTrue(Files.isRegularFile(ServiceProcess.JAR) && Files.isRegularFile(AGENT_JAR), "jars built");
        docker = new DockerCli(Files.createDirectories(tmp.resolve("docker")));
        ScratchJavaImage.build(docker, Files.createDirectories(tmp.resolve("java-image")), JAVA_IMAGE);
        for (var image : List.of(List.of(SERVICE_IMAGE, "deploy/service/Dockerfile"),
                List.of(AGENT_IMAGE, "deploy/agent/Dockerfile"))) {
            docker.ok(BUILD, "build", "-q", "-f", REPO.resolve(image.get(1)).toString(),
                    "--build-arg", "JAVA_IMAGE=" + JAVA_IMAGE, "-t", image.get(0), REPO.toString());
        }
    }

    @AfterAll
    static void removeEverything() throws Exception {
        if (docker == null) {
            return;
        }
        for (var container : CONTAINERS) {
            docker.remove("container", container);
        }
        docker.remove("volume", RUN + "-data");
        for (var image : List.of(SERVICE_IMAGE, AGENT_IMAGE, JAVA_IMAGE)) {
            docker.remove("image", image);
        }
    }

    @Test
    void theServiceImageServesHealthAndTheHashOfItsOwnJarAndStopsGracefully() throws Exception {
        Path envFile = Files.writeString(tmp.resolve("synckit.env"), "SYNCKIT_API_TOKEN=image-token\n");
        String name = start("service", "-p", "127.0.0.1::8080", "-v", RUN + "-data:/data",
                "--env-file", envFile.toString(), SERVICE_IMAGE);
        String base = "http://" + docker.ok(SHORT, "port", name, "8080").lines().findFirst().orElseThrow();

        var health = awaitAnswer(base + "/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"store\":\"UP\"}}", health.body());
        String jarHash = docker.ok(SHORT, "exec", name, "sha256sum", "/opt/synckit/synckit.jar").split(" ")[0];
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                Files.readAllBytes(ServiceProcess.JAR))), jarHash, "the image holds the jar just built");
        var verify = WireJson.mapper().readTree(get(base + "/verify").body());
        assertEquals(jarHash, verify.get("sha256").asText());
        assertEquals("10001", docker.ok(SHORT, "exec", name, "id", "-u"), "not root");
        var deployments = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/deployments")).timeout(SHORT)
                .header("Authorization", "Bearer image-token").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, deployments.statusCode(), "the token came from the env file");
        assertEquals("[]", deployments.body());

        var probe = docker.run(SHORT, healthCheckOf("deploy/service/Dockerfile", name));
        assertEquals(0, probe.exitCode(), probe.toString());
        assertEquals("200 {\"status\":\"UP\",\"checks\":{\"store\":\"UP\"}}", probe.out());

        docker.ok(SHORT, "kill", "--signal", "TERM", name);
        assertEquals("143", docker.ok(SHORT, "wait", name), "the JVM's exit on SIGTERM");
        assertTrue(docker.ok(SHORT, "logs", name).contains("stopped"), "stopped through its shutdown hook");
        String data = docker.ok(SHORT, "run", "--rm", "-v", RUN + "-data:/data", "--entrypoint", "ls",
                SERVICE_IMAGE, "/data");
        assertEquals(List.of("synckit.aot", "synckit.aot.key", "synckit.mv.db"), data.lines().sorted().toList(),
                "H2 and the AOT cache the launcher made at the first start live in the volume");
    }

    @Test
    void theAgentImageRefusesToStartWithoutASecret() throws Exception {
        String name = RUN + "-agent-refused";
        CONTAINERS.add(name);
        // not --rm: this engine may remove the container before the CLI has read its exit code
        var refused = docker.run(SHORT, "run", "--name", name, AGENT_IMAGE);
        assertEquals(2, refused.exitCode(), refused.toString());
        assertEquals("2", docker.ok(SHORT, "inspect", "-f", "{{.State.ExitCode}}", name));
        assertEquals("synckit-agent: DEPLOY_AGENT_SECRET is required (the bearer secret callers and callbacks use)\n",
                refused.stderr());
    }

    @Test
    void theAgentImageAnswersWithItsSecretAndHasGit() throws Exception {
        Path envFile = Files.writeString(tmp.resolve("deploy-agent.env"), "DEPLOY_AGENT_SECRET=image-secret\n");
        String name = start("agent", "-p", "127.0.0.1::7777", "--env-file", envFile.toString(), AGENT_IMAGE);
        String base = "http://" + docker.ok(SHORT, "port", name, "7777").lines().findFirst().orElseThrow();

        awaitAnswer(base + "/");
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/deploy")).timeout(SHORT)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertEquals("unauthorized\n", anonymous.body());
        var unknown = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/deployments/nope")).timeout(SHORT)
                .header("Authorization", "Bearer image-secret").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"error\":\"unknown deployment\"}", unknown.body());
        assertTrue(docker.ok(SHORT, "exec", name, "git", "--version").startsWith("git version "));
        assertEquals("10001", docker.ok(SHORT, "exec", name, "id", "-u"), "not root");
    }

    private String start(String role, String... args) throws IOException, InterruptedException {
        String name = RUN + "-" + role;
        CONTAINERS.add(name);
        var command = new ArrayList<>(List.of("run", "-d", "--name", name));
        command.addAll(List.of(args));
        docker.ok(SHORT, command.toArray(String[]::new));
        return name;
    }

    /** The Dockerfile's HEALTHCHECK command, run in the container (this engine keeps no HEALTHCHECK in its images). */
    private static String[] healthCheckOf(String dockerfile, String container) throws IOException {
        String text = Files.readString(REPO.resolve(dockerfile)).replace("\\\n", " ");
        String json = text.lines().filter(line -> line.startsWith("HEALTHCHECK")).findFirst().orElseThrow()
                .replaceFirst(".*CMD ", "");
        var command = new ArrayList<>(List.of("exec", container));
        WireJson.mapper().readTree(json).forEach(part -> command.add(part.asText()));
        return command.toArray(String[]::new);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(SHORT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first answer of any status, once the container listens. */
    private HttpResponse<String> awaitAnswer(String url) throws InterruptedException {
        var deadline = System.nanoTime() + SHORT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                return get(url);
            } catch (IOException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new AssertionError(url + " never answered", last);
    }
}
