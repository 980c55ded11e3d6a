package dev.synckit.app.meters;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentListener;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStore;
import dev.synckit.core.deployment.Transitions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * {@code synckit_deployments_total{target,outcome}} and {@code synckit_deployment_duration_seconds{target,outcome}}
 * (a histogram of the time from the run's start to its end; a deployment cancelled before it ran is counted, not
 * timed). Told by the transitions: the move into a final state is stored by a compare-and-set that only one process
 * wins, and a finished deployment never changes again, so each end is counted once across all replicas.
 */
public final class DeploymentMeters implements DeploymentListener {

    /** Deploys take seconds (a webhook) to tens of minutes (an image build). */
    private static final Duration[] BUCKETS = {Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofHours(1)};
    private static final Set<DeploymentStatus> OUTCOMES = Set.of(DeploymentStatus.SUCCEEDED, DeploymentStatus.FAILED,
            DeploymentStatus.CANCELLED);

    private final MeterRegistry registry;

    private DeploymentMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers every deployment meter of the configured {@code targets}: the counters at zero (so a rate sees the
     * first deployment), the gauges, and the listener on {@code transitions}.
     */
    public static void bind(MeterRegistry registry, Set<String> targets, Transitions transitions,
            DeploymentStore store, Clock clock) {
        var meters = new DeploymentMeters(registry);
        targets.forEach(target -> OUTCOMES.forEach(outcome -> meters.counter(target, outcome)));
        new UnfinishedDeployments(store, clock).register(registry, targets);
        transitions.listen(meters);
    }

    @Override
    public void changed(Deployment deployment) {
        if (!OUTCOMES.contains(deployment.status())) {
            return;
        }
        counter(deployment.target(), deployment.status()).increment();
        deployment.startedAt().ifPresent(started -> deployment.finishedAt().ifPresent(finished -> Timer
                .builder("synckit.deployment.duration")
                .description("from the start of a deployment's run to its end")
                .tags("target", deployment.target(), "outcome", outcome(deployment.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Duration.between(started, finished))));
    }

    private Counter counter(String target, DeploymentStatus outcome) {
        return Counter.builder("synckit.deployments").description("deployments ended, by target and outcome")
                .tags("target", target, "outcome", outcome(outcome))
                .register(registry);
    }

    private static String outcome(DeploymentStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
