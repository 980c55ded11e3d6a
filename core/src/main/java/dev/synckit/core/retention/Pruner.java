package dev.synckit.core.retention;

import dev.synckit.config.RetentionSettings;
import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Removes what {@link RetentionSettings} says has expired, one small batch per transaction so that the store keeps
 * answering everyone else between them. Expired sessions and login attempts go at once.
 */
public final class Pruner {

    /** Rows per transaction: short enough that a request waiting on the same rows barely notices. */
    public static final int BATCH = 1_000;

    /** Who a prune is recorded as in the audit log. */
    public enum Trigger {
        /** The hourly run; recorded only when it removed something, so that quiet hours add no lines. */
        SCHEDULE,
        /** {@code synckit prune}, which an operator asked for: always recorded. */
        COMMAND
    }

    private final RetentionStore store;
    private final AuditLog audit;
    private final RetentionSettings settings;
    private final Clock clock;
    private final int batch;

    public Pruner(RetentionStore store, AuditLog audit, RetentionSettings settings, Clock clock, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.batch = batch;
    }

    public Pruner(RetentionStore store, AuditLog audit, RetentionSettings settings, Clock clock) {
        this(store, audit, settings, clock, BATCH);
    }

    /** Removes every expired row, batch after batch, and records the run in the audit log. */
    public PruneReport prune(Trigger trigger) {
        var removed = TableCounts.none();
        var interrupted = false;
        rules:
        for (var rule : cutoffs().entrySet()) {
            while (true) {
                var batchRemoved = store.removeBatch(rule.getKey(), rule.getValue(), batch);
                if (batchRemoved.isEmpty()) {
                    interrupted = true;
                    break rules;
                }
                removed = removed.plus(batchRemoved.get());
                if (batchRemoved.get().total() == 0) {
                    break;
                }
            }
        }
        var report = new PruneReport(removed, false, interrupted);
        if (trigger == Trigger.COMMAND || removed.total() > 0) {
            audit.append(new AuditEntry(clock.instant(), "system", "store.pruned", "", report.describe()));
        }
        return report;
    }

    /** What {@link #prune} would remove now; removes nothing and records nothing. */
    public PruneReport dryRun() {
        return new PruneReport(store.countExpired(cutoffs()), true, false);
    }

    /** Each rule that removes anything, in {@link RetentionRule} order, with the instant its rows expire before. */
    private Map<RetentionRule, Instant> cutoffs() {
        var now = clock.instant();
        var cutoffs = new EnumMap<RetentionRule, Instant>(RetentionRule.class);
        keep(cutoffs, RetentionRule.EVENTS, now, settings.events());
        keep(cutoffs, RetentionRule.LOGS, now, settings.logs());
        keep(cutoffs, RetentionRule.DEPLOYMENTS, now, settings.deployments());
        keep(cutoffs, RetentionRule.AUDIT, now, settings.audit());
        cutoffs.put(RetentionRule.SESSIONS, now);
        cutoffs.put(RetentionRule.LOGIN_ATTEMPTS, now);
        return cutoffs;
    }

    private static void keep(Map<RetentionRule, Instant> cutoffs, RetentionRule rule, Instant now, Duration kept) {
        if (!kept.isZero()) {
            cutoffs.put(rule, now.minus(kept));
        }
    }
}
