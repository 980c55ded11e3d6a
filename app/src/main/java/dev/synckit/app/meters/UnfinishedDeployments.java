package dev.synckit.app.meters;

import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code synckit_deployments_active{target,status}}: how many deployments await confirmation, wait in the queue or
 * run, per target. Read from the store, as that is where the state lives (other replicas' deployments and those from
 * before a restart count too): one grouped query, bounded by the store's query timeout, at most once a second
 * however many gauges a scrape reads. A store that does not answer shows NaN rather than failing the scrape.
 */
final class UnfinishedDeployments {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);
    private static final List<DeploymentStatus> SHOWN = List.of(DeploymentStatus.AWAITING_CONFIRMATION,
            DeploymentStatus.QUEUED, DeploymentStatus.RUNNING);

    private final StoreReading<Map<String, Map<DeploymentStatus, Long>>> counts;

    UnfinishedDeployments(DeploymentStore store, Clock clock) {
        this.counts = new StoreReading<>(store::unfinishedCounts, FRESH_FOR, clock);
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
        return counts.get().map(byTarget -> (double) byTarget.getOrDefault(target, Map.of()).getOrDefault(status, 0L))
                .orElse(Double.NaN);
    }
}
