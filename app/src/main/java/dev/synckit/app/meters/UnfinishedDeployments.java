package dev.synckit.app.meters;

import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStore;
import dev.synckit.core.store.StoreUnavailableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code synckit_deployments_active{target,status}}: how many deployments await confirmation, wait in the queue or
 * run, per target. Read from the store, as that is where the state lives (other replicas' deployments and those from
 * before a restart count too): one grouped query, bounded by the store's query timeout, at most once a second
 * however many gauges a scrape reads. A store that does not answer shows NaN rather than failing the scrape.
 */
final class UnfinishedDeployments {

    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedDeployments.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);
    private static final List<DeploymentStatus> SHOWN = List.of(DeploymentStatus.AWAITING_CONFIRMATION,
            DeploymentStatus.QUEUED, DeploymentStatus.RUNNING);

    private final DeploymentStore store;
    private final Clock clock;
    private Snapshot last = new Snapshot(Instant.MIN, Map.of(), false);

    UnfinishedDeployments(DeploymentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void register(MeterRegistry registry, Set<String> targets) {
        for (var target : targets) {
            for (var status : SHOWN) {
                Gauge.builder("synckit.deployments.active", () -> count(target, status))
                        .description("deployments awaiting confirmation, queued or running, by target")
                        .tags("target", target, "status", status.wireName())
                        .register(registry);
            }
        }
    }

    private double count(String target, DeploymentStatus status) {
        var snapshot = snapshot();
        if (!snapshot.answered()) {
            return Double.NaN;
        }
        return snapshot.counts().getOrDefault(target, Map.of()).getOrDefault(status, 0L);
    }

    private synchronized Snapshot snapshot() {
        var now = clock.instant();
        if (last.at().plus(FRESH_FOR).isBefore(now)) {
            try {
                last = new Snapshot(now, store.unfinishedCounts(), true);
            } catch (StoreUnavailableException e) {
                LOG.debug("deployment gauges unread: {}", e.getMessage());
                last = new Snapshot(now, Map.of(), false);
            }
        }
        return last;
    }

    private record Snapshot(Instant at, Map<String, Map<DeploymentStatus, Long>> counts, boolean answered) {
    }
}
