package dev.synckit.bot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A burst of progress never edits a status message more than once a second. */
class StatusEditRateTest {

    @Test
    void fiftyChangesInABurstEditAtMostOncePerSecondAndEndOnTheFinalState(@TempDir Path dir) throws Exception {
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            var d = world.deployments.request(new DeployRequest("default", Optional.empty(), "api", "", false));
            var status = world.discord.awaitMessage(world.discord.deployChannel(),
                    v -> v.json().toString().contains(d.id().toString()), BotWorld.WAIT);
            while (world.deployments.find(d.id()).get().status() != DeploymentStatus.RUNNING) {
                Thread.sleep(10);
            }
            for (int i = 0; i < 49; i++) {
                world.progress.steps(d.id(), "a1b2c3d", List.of(Progress.step("step-" + i,
                        DeploymentStep.StepStatus.RUNNING, "")));
            }
            world.progress.end(d.id(), DeploymentStatus.SUCCEEDED, "e4f5a6b", List.of(), null);
            world.discord.awaitMessage(world.discord.deployChannel(),
                    v -> BotWorld.title(v).equals("Deployed default"), BotWorld.WAIT);
            var versions = status.versions();
            for (int i = 1; i < versions.size(); i++) {
                var gap = Duration.between(versions.get(i - 1).at(), versions.get(i).at());
                assertTrue(gap.compareTo(Duration.ofSeconds(1)) >= 0, "versions " + (i - 1) + " and " + i
                        + " only " + gap + " apart");
            }
            assertTrue(versions.size() <= 5, "a burst should coalesce, got " + versions.size() + " versions");
        }
    }
}
