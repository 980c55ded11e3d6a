package dev.synckit.agent.docker;

import static dev.synckit.agent.docker.EngineEnvironment.busyboxContext;
import static dev.synckit.agent.docker.EngineEnvironment.docker;
import static dev.synckit.agent.docker.EngineEnvironment.dockerMayFail;
import static dev.synckit.agent.docker.EngineEnvironment.inspect;
import static dev.synckit.agent.docker.EngineEnvironment.removeQuietly;
import static dev.synckit.agent.docker.EngineEnvironment.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.GitFixture;
import dev.synckit.contract.agent.DeploymentStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keep_images} on the real engine: a git-pull, docker-build, container-recreate pipeline deployed four
 * times keeps only the two newest images, says each removal in the log, and a rollback to the commit before goes
 * back to the image that was kept for it.
 */
@Timeout(300)
class KeepImagesPipelineTest {

    private static final String DOCKERFILE = """
            FROM scratch
            COPY busybox /bin/busybox
            COPY file.txt /release
            ENTRYPOINT ["/bin/busybox"]
            LABEL run=%s
            CMD ["sleep","3600"]
            """;

    @TempDir
    Path dir;

    private final String repository = uniqueName("keep");
    private final String tag = repository + ":latest";
    private final String container = uniqueName("keep");
    private final List<String> images = new ArrayList<>();

    @AfterEach
    void clean() {
        removeQuietly("container", container, container + "-synckit-old");
        removeQuietly("image", tag);
        removeQuietly("image", images.toArray(String[]::new));
    }

    @Test
    void fourBuildsKeepTheTwoNewestImagesAndARollbackGoesBackToTheKeptOne() throws Exception {
        var engine = EngineEnvironment.engine();
        var git = new GitFixture(Files.createDirectories(dir.resolve("git")));
        // the Dockerfile and busybox stay untracked in the clone: git-pull and a rollback's checkout leave them be
        var clone = busyboxContext(git.clone(), DOCKERFILE.formatted(repository));
        docker("build", "-q", "-t", tag, clone.toString());
        docker("run", "-d", "--name", container, tag);
        images.add(runningImage());

        var yaml = """
                name: app
                repo: %s
                steps:
                  - git-pull
                  - docker-build: { tag: "%s", keep_images: 2, timeout: 2m }
                  - container-recreate: { name: "%s", timeout: 1m }
                """.formatted(clone, tag, container);
        try (var agent = new AgentFixture(yaml, dir.resolve("data"), Map.of(), engine)) {
            var commits = new ArrayList<String>();
            String lastDeployment = null;
            for (int release = 1; release <= 4; release++) {
                commits.add(git.push("release " + release));
                lastDeployment = agent.start("{}");
                var state = agent.awaitFinal(lastDeployment);
                assertEquals(DeploymentStatus.SUCCEEDED, state.status(), state.toString());
                images.add(runningImage());
            }
            assertEquals(5, images.stream().distinct().count(), "each release built an image of its own");

            assertEquals(List.of(false, false, false, true, true), images.stream().map(this::exists).toList(),
                    "the image before the deploys and releases 1 and 2 are gone; 3 and 4 (running) stay");
            String log = agent.api("GET", "/v1/deployments/" + lastDeployment + "/log", null).body();
            // the repository is named only by its start and end: the log masks "synckit" when a variable such as
            // SYNCKIT_TEST_PG_PASSWORD holds that word
            var removal = log.lines().filter(line -> line.startsWith("removed old image "
                    + EngineApi.shortId(images.get(2)) + " of docker.io/library/")).toList();
            assertEquals(1, removal.size(), log);
            assertTrue(removal.getFirst().endsWith(repository.substring(repository.indexOf("-test-"))
                    + " (untagged), keeping the newest 2"), removal.getFirst());

            var rollback = agent.awaitFinal(agent.start("{\"ref\":\"" + commits.get(2).substring(0, 7) + "\"}"));
            assertEquals(DeploymentStatus.SUCCEEDED, rollback.status(), rollback.toString());
            assertEquals(commits.get(2).substring(0, 7), rollback.toHash());
            assertEquals("release 3", docker("exec", container, "/bin/busybox", "cat", "/release"));
            assertEquals(images.get(3), runningImage(), "the rollback runs the image kept for it, not a new one");
            assertTrue(exists(images.get(4)), "the image rolled back from is kept in turn");
        }
    }

    private String runningImage() {
        var image = inspect("container", container).get("Image").asText();
        assertNotEquals("", image);
        return image;
    }

    private boolean exists(String image) {
        return dockerMayFail("image", "inspect", image).exitCode() == 0;
    }
}
