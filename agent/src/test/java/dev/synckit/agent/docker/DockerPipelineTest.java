package dev.synckit.agent.docker;

import static dev.synckit.agent.docker.EngineEnvironment.busyboxContext;
import static dev.synckit.agent.docker.EngineEnvironment.docker;
import static dev.synckit.agent.docker.EngineEnvironment.inspect;
import static dev.synckit.agent.docker.EngineEnvironment.removeQuietly;
import static dev.synckit.agent.docker.EngineEnvironment.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's docker steps end to end on the real engine: {@code POST /deploy} builds the image and recreates the
 * running container with its configuration and the new image; an unchanged build ends early, up to date.
 */
class DockerPipelineTest {

    private static final String DOCKERFILE = """
            FROM scratch
            COPY busybox /bin/busybox
            ENTRYPOINT ["/bin/busybox"]
            LABEL release=%s
            CMD ["sleep","3600"]
            """;

    @TempDir
    Path dir;

    private final String tag = uniqueName("app") + ":latest";
    private final String container = uniqueName("app");

    @AfterEach
    void clean() {
        removeQuietly("container", container, container + "-synckit-old");
        removeQuietly("image", tag);
    }

    @Test
    void deployBuildsTheImageAndRecreatesTheContainerKeepingItsConfiguration() throws Exception {
        var engine = EngineEnvironment.engine();
        var repo = busyboxContext(dir.resolve("repo"), DOCKERFILE.formatted("one"));
        docker("build", "-q", "-t", tag, repo.toString());
        docker("run", "-d", "--name", container, "-e", "GREETING=hello", "--label", "team=ledger",
                "--restart", "unless-stopped", tag);
        var before = inspect("container", container).get("Image").asText();

        Files.writeString(repo.resolve("Dockerfile"), DOCKERFILE.formatted("two"));
        var yaml = """
                name: app
                repo: %s
                steps:
                  - docker-build: { tag: "%s", timeout: 2m }
                  - container-recreate: { name: "%s", timeout: 1m }
                """.formatted(repo, tag, container);
        try (var agent = new AgentFixture(yaml, dir.resolve("data"), Map.of(), engine)) {
            var response = agent.deploy();
            assertEquals(200, response.statusCode());
            assertTrue(response.body().startsWith("{\"ok\":true"), response.body());

            var now = inspect("container", container);
            assertTrue(now.get("State").get("Running").asBoolean(), now.get("State").toString());
            assertTrue(!before.equals(now.get("Image").asText()), "the container runs the new image");
            assertEquals("two", now.get("Config").get("Labels").get("release").asText());
            assertEquals("ledger", now.get("Config").get("Labels").get("team").asText());
            assertTrue(now.get("Config").get("Env").toString().contains("GREETING=hello"), now.get("Config").toString());
            assertEquals("unless-stopped", now.get("HostConfig").get("RestartPolicy").get("Name").asText());

            var again = agent.deploy();
            assertTrue(again.body().startsWith("{\"ok\":true,\"alreadyUpToDate\":true"), again.body());
            assertEquals(now.get("Id").asText(), inspect("container", container).get("Id").asText(),
                    "an unchanged build leaves the container alone");
        }
    }
}
