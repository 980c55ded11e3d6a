import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.KeptOutput;
import dev.synckit.store.Store;
import dev.synckit.store.StoreConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fills the H2 store of a data directory through synckit's own store: COUNT finished deployments of 20 targets,
 * each with two steps, two progress lines and an audit entry.
 * Usage: java -cp app/target/synckit.jar bench/backup/FillStore.java DATA_DIR COUNT
 */
class FillStore {
    public static void main(String[] args) {
        var dataDir = Path.of(args[0]).toAbsolutePath();
        var count = Integer.parseInt(args[1]);
        var start = Instant.parse("2026-01-01T00:00:00Z");
        try (var store = Store.open(new StoreConnection("jdbc:h2:file:" + dataDir.resolve("synckit"), "", "",
                Optional.empty(), Duration.ofSeconds(10)))) {
            for (var i = 0; i < count; i++) {
                var at = start.plusSeconds(60L * i);
                var target = "web-" + (i % 20);
                var queued = Deployment.queued(target, "user-" + (i % 7), "bench " + i, Optional.empty(), at);
                store.deployments().insert(queued);
                var running = store.deployments().claimNext(target, at.plusSeconds(1)).orElseThrow();
                store.deployments().recordProgress(running.id(), 1, "step",
                        KeptOutput.whole("git-pull: Already up to date.\n"), at);
                store.deployments().recordProgress(running.id(), 2, "log",
                        KeptOutput.whole("docker-build: built image abc\n"), at);
                var done = new Deployment(running.id(), target, DeploymentStatus.SUCCEEDED, running.requestedBy(),
                        running.reason(), running.ref(), Optional.of("a1b2c3d"), Optional.of("e4f5a6b"),
                        Optional.empty(), List.of(
                                new DeploymentStep("git-pull", StepStatus.SUCCEEDED, Optional.of(Duration.ofMillis(900)),
                                        "Already up to date."),
                                new DeploymentStep("docker-build", StepStatus.SUCCEEDED,
                                        Optional.of(Duration.ofSeconds(40)), "built image abc")),
                        running.createdAt(), running.startedAt(), Optional.of(at.plusSeconds(45)),
                        Optional.of("run-" + i));
                if (!store.deployments().update(store.deployments().findStored(done.id()).orElseThrow(), done)) {
                    throw new IllegalStateException("deployment " + i + " did not finish");
                }
                store.audit().append(new AuditEntry(at, "user", "deploy", target, "bench " + i));
            }
        }
    }
}
