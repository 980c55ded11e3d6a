package dev.synckit.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.testkit.record.RecordedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's own rhythm, with the re-read every 100 ms instead of every minute. */
class TargetBoardTest {

    @Test
    void theRereadEditsNothingWhileNothingChangedAndADeploymentEditsOnce(@TempDir Path dir) throws Exception {
        try (var world = new BotWorld(dir, List.of());
                var timer = Executors.newSingleThreadScheduledExecutor();
                var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            var jda = world.start().jda();
            var channel = world.discord.channel("general");
            var board = new TargetBoard(jda, world.services(), Long.toString(channel.id()), timer, workers,
                    Duration.ofMillis(100));
            world.transitions.listen(board);
            board.start();

            var message = world.discord.awaitMessage(channel,
                    v -> v.embeds().path(0).path("title").asText().equals("Status board"), BotWorld.WAIT);
            Thread.sleep(1_000); // ten re-reads of an unchanged board
            assertEquals(1, message.versions().size(), "an unchanged board is not edited");

            var d = world.deployments.request(new DeployRequest("edge", Optional.empty(), "api", "", false));
            world.awaitStatus(d.id(), DeploymentStatus.RUNNING);
            world.progress.end(d.id(), DeploymentStatus.SUCCEEDED, "e4f5a6b7", List.of(), null);
            var shown = world.awaitLatest(message, v -> v.json().toString().contains("e4f5a6b"));
            assertTrue(shown.json().toString().contains("✅ edge"), shown.json().toString());
            assertEquals(List.of(message.id()), world.discord.messages(channel).stream()
                    .map(RecordedMessage::id).toList());
        }
    }
}
