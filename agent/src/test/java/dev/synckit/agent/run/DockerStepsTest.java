package dev.synckit.agent.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The docker steps against a fake engine (the real engine is the Docker client's own tests). */
@Timeout(30)
class DockerStepsTest {

    private static final String OLD = "sha256:" + "1".repeat(64);
    private static final String NEW = "sha256:" + "2".repeat(64);
    private static final String PIPELINE = "name: app\nsteps:\n  - docker-pull: { ref: 'ghcr.io/acme/app:latest', "
            + "container: app }\n  - shell: { run: 'echo smoke' }\n";

    @TempDir
    Path tmp;

    @Test
    void anUnchangedImageIsAlreadyUpToDateAndSkipsTheRest() throws Exception {
        var engine = new FakeEngine();
        engine.registry.put("ghcr.io/acme/app:latest", OLD);
        engine.containers.put("app", OLD);
        try (var agent = new AgentFixture(PIPELINE, tmp, Map.of(), engine)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(DeploymentStatus.SUCCEEDED, state.status());
            assertTrue(state.alreadyUpToDate());
            assertEquals("111111111111", state.fromHash());
            assertEquals(StepStatus.SKIPPED, state.steps().get(1).status());
            assertEquals(List.of("pull ghcr.io/acme/app:latest", "clean ghcr.io/acme/app:latest keeping 3"),
                    engine.calls);
        }
    }

    @Test
    void aNewImageRecreatesTheContainerAndARefPullsThatImage() throws Exception {
        var engine = new FakeEngine();
        engine.registry.put("ghcr.io/acme/app:latest", NEW);
        engine.registry.put("ghcr.io/acme/app:v1", OLD);
        engine.containers.put("app", OLD);
        try (var agent = new AgentFixture(PIPELINE, tmp, Map.of(), engine)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertFalse(state.alreadyUpToDate());
            assertEquals("222222222222", state.toHash());
            assertEquals(NEW, engine.containers.get("app"));
            var rollback = agent.awaitFinal(agent.start("{\"ref\":\"ghcr.io/acme/app:v1\"}"));
            assertEquals(DeploymentStatus.SUCCEEDED, rollback.status());
            assertEquals(OLD, engine.containers.get("app"));
            assertEquals(List.of("pull ghcr.io/acme/app:latest", "recreate app ghcr.io/acme/app:latest",
                    "clean ghcr.io/acme/app:latest keeping 3", "pull ghcr.io/acme/app:v1",
                    "recreate app ghcr.io/acme/app:v1", "clean ghcr.io/acme/app:v1 keeping 3"), engine.calls);
        }
    }

    @Test
    void aFailedImageCleanUpIsOneLineOfOutputAndTheDeploymentStillSucceeds() throws Exception {
        var engine = new FakeEngine();
        engine.cleanupFailure = "image-cleanup: conflict (HTTP 409)";
        engine.containers.put("app", OLD);
        String yaml = "name: app\nrepo: " + tmp + "\nsteps:\n  - docker-build: { tag: 'app:latest', keep_images: 1 }\n"
                + "  - container-recreate: { name: app }\n";
        try (var agent = new AgentFixture(yaml, tmp.resolve("data"), Map.of(), engine)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(DeploymentStatus.SUCCEEDED, state.status(), state.error());
            assertTrue(state.steps().get(0).tail().endsWith(
                    "old images of app:latest were not removed: image-cleanup: conflict (HTTP 409)"),
                    state.steps().get(0).tail());
            assertEquals(List.of("build app:latest", "clean app:latest keeping 1", "recreate app app:latest",
                    "clean app:latest keeping 1"), engine.calls);
        }
    }

    @Test
    void keepImagesZeroRemovesNothing() throws Exception {
        var engine = new FakeEngine();
        engine.registry.put("ghcr.io/acme/app:latest", NEW);
        engine.containers.put("app", OLD);
        String yaml = "name: app\nsteps:\n  - docker-pull: { ref: 'ghcr.io/acme/app:latest', container: app, "
                + "keep_images: 0 }\n";
        try (var agent = new AgentFixture(yaml, tmp, Map.of(), engine)) {
            assertEquals(DeploymentStatus.SUCCEEDED, agent.awaitFinal(agent.start("{}")).status());
            assertEquals(List.of("pull ghcr.io/acme/app:latest", "recreate app ghcr.io/acme/app:latest"),
                    engine.calls);
        }
    }

    @Test
    void buildThenRecreateUsesTheBuiltTagAndAnEngineErrorFailsTheStep() throws Exception {
        var engine = new FakeEngine();
        String yaml = "name: app\nrepo: " + tmp + "\nsteps:\n  - docker-build: { tag: 'app:latest' }\n"
                + "  - container-recreate: { name: app }\n";
        try (var agent = new AgentFixture(yaml, tmp.resolve("data"), Map.of(), engine)) {
            var state = agent.awaitFinal(agent.start("{}"));
            assertEquals(DeploymentStatus.FAILED, state.status());
            assertEquals("step 2 (container-recreate: app) failed: recreate app: no such container: app",
                    state.error());
            assertEquals(List.of("build app:latest", "clean app:latest keeping 3", "recreate app app:latest"),
                    engine.calls);
            assertTrue(state.steps().get(0).tail().startsWith("Step 1/1 : FROM scratch\nbuilt app:latest "));
        }
    }
}
