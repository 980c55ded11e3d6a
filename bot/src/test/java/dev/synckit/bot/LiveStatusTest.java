package dev.synckit.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The coalescer alone: changes that arrive out of order never take a status message backwards. */
class LiveStatusTest {

    @Test
    void aStaleStateArrivingAfterTheEndIsDroppedAndTheEndIsShown() throws Exception {
        var queued = Deployment.queued("web", "api", "", Optional.empty(), Instant.parse("2026-11-22T00:00:00Z"));
        var running = queued.withStatus(DeploymentStatus.RUNNING);
        var failed = running.ended(DeploymentStatus.FAILED, Optional.of("smoke failed"), queued.createdAt());
        var shown = new CopyOnWriteArrayList<DeploymentStatus>();
        var message = new PostedMessage("status", queued.id().value(), "1", "2", queued.createdAt());
        try (var timer = Executors.newSingleThreadScheduledExecutor();
                var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            var status = new LiveStatus(self -> CompletableFuture.completedFuture(message), queued,
                    (posted, state) -> {
                        shown.add(state.status());
                        return posted;
                    }, timer, workers);
            status.postedWith(queued);

            status.show(failed);
            status.show(running); // announced from another thread, arriving late

            var deadline = System.nanoTime() + 10_000_000_000L;
            while (!status.ended() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(DeploymentStatus.FAILED, status.latest().status());
            assertEquals(List.of(DeploymentStatus.FAILED), shown);
        }
    }
}
