package dev.synckit.core.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prunes in the background: once at start, then every {@code period} after the last run ended. A failed run (the
 * store unavailable) is logged and the next one tries again; {@link #close()} cancels the runs to come.
 */
public final class PruneRoutine implements AutoCloseable {

    public static final Duration HOURLY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(PruneRoutine.class);

    private final Pruner pruner;
    private final Duration period;
    private final ScheduledExecutorService timer;

    public PruneRoutine(Pruner pruner, Duration period) {
        this.pruner = pruner;
        this.period = period;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("synckit-pruner").daemon().factory());
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            var report = pruner.prune(Pruner.Trigger.SCHEDULE);
            if (report.removed().total() > 0 || report.interrupted()) {
                LOG.info("retention: {}", report.describe());
            }
        } catch (RuntimeException e) {
            // the timer would stop for good on a thrown exception; the next hour may find the store back
            LOG.warn("retention: prune failed, next try in {}: {}", period, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
