package dev.synckit.bot;

import static dev.synckit.bot.BotWorld.title;
import static dev.synckit.core.deployment.DeploymentStep.StepStatus.RUNNING;
import static dev.synckit.core.deployment.DeploymentStep.StepStatus.SUCCEEDED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A status message someone deleted comes back at the deployment's next change, once, and is remembered. */
class DeletedStatusMessageTest {

    @Test
    void aDeletedStatusMessageIsPostedAgainOnceAndTheNewOneIsEditedToTheEnd(@TempDir Path dir) throws Exception {
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            var deployment = world.deployments.request(new DeployRequest("staging", Optional.empty(), "api", "",
                    false));
            world.awaitStatus(deployment.id(), DeploymentStatus.RUNNING);
            var first = world.statusMessage(deployment, v -> title(v).equals("Deploying staging"));
            world.discord.transcript().recordDelete(first);

            world.progress.steps(deployment.id(), "a1b2c3d", List.of(Progress.step("git-pull", RUNNING, "")));
            var again = world.statusMessage(deployment, v -> true);
            assertNotEquals(first.id(), again.id());
            await().atMost(BotWorld.WAIT).until(() -> world.store.chat()
                    .message(StatusBoard.KIND, deployment.id().toString()).orElseThrow().messageId(),
                    Long.toString(again.id())::equals);

            world.progress.end(deployment.id(), DeploymentStatus.SUCCEEDED, "e4f5a6b",
                    List.of(Progress.step("git-pull", SUCCEEDED, "")), null);
            world.awaitLatest(again, v -> title(v).equals("Deployed staging"));
            assertEquals(1, world.discord.messages(world.discord.deployChannel()).stream()
                    .filter(m -> m.latest().json().toString().contains(deployment.id().toString())).count());
        }
    }
}
