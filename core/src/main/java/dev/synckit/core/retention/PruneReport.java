package dev.synckit.core.retention;

/**
 * What a prune removed, or with {@code dryRun} would remove.
 *
 * @param interrupted another replica was pruning, so this run stopped early and left the rest to it
 */
public record PruneReport(TableCounts removed, boolean dryRun, boolean interrupted) {

    /** One line: {@code removed 120 rows: audit_log 3, new_version_event 117}. */
    public String describe() {
        return (dryRun ? "would remove " : "removed ") + removed.total() + " rows: " + removed.describe()
                + (interrupted ? " (stopped: another replica is pruning)" : "");
    }
}
