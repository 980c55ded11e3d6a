package dev.synckit.agent.run;

import dev.synckit.agent.pipeline.GoDuration;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the agent's data directory from growing for ever: finished deployments' outcomes and whole logs older than
 * {@code retention} are removed at start and then once a day. A retention of zero keeps everything.
 */
public final class OutcomeRetention implements AutoCloseable {

    static final Duration EVERY = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRetention.class);

    private final DeploymentStore store;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("outcome-retention").factory());

    public OutcomeRetention(DeploymentStore store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** Sweeps once now, on the calling thread, then daily in the background. */
    public void start() {
        if (retention.isZero()) {
            return;
        }
        sweep();
        timer.scheduleAtFixedRate(this::sweep, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Removes what is older than the retention; answers how many deployments went (0 when keeping for ever). */
    public int sweep() {
        if (retention.isZero()) {
            return 0;
        }
        try {
            int removed = store.removeFinishedBefore(clock.instant().minus(retention));
            if (removed > 0) {
                LOG.info("removed the outcomes and logs of {} deployment(s) finished more than {} ago", removed,
                        GoDuration.format(retention));
            }
            return removed;
        } catch (IOException | RuntimeException e) {
            // a failed sweep must not end the daily schedule: the next one tries again
            LOG.warn("cannot remove old deployment outcomes: {}", e.getMessage());
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
