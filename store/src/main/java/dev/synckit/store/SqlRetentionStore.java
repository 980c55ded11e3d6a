package dev.synckit.store;

import dev.synckit.core.retention.RetentionRule;
import dev.synckit.core.retention.RetentionStore;
import dev.synckit.core.retention.TableCounts;
import io.helidon.dbclient.DbTransaction;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Retention in SQL that runs the same on H2 and PostgreSQL. Each batch is one transaction that picks at most
 * {@code batch} expired rows by key and removes them; on PostgreSQL it first takes a transaction-scoped advisory
 * lock, so two replicas never remove at once (H2 is one process).
 */
final class SqlRetentionStore implements RetentionStore {

    /** The advisory lock key of pruning: "synckit-prune" in ASCII, so that no other lock of ours takes it. */
    static final long PRUNE_LOCK = 0x73796e636b70726eL;

    private static final List<String> GROWING_TABLES = List.of("new_version_event", "deployment",
            "deployment_progress", "audit_log", "login_session", "login_attempt");
    private static final String FINISHED = "d.status IN ('SUCCEEDED', 'FAILED', 'CANCELLED')";

    /**
     * Finished deployments before the cutoff, less each target's last succeeded one: the newest by created_at,
     * then id, as {@link SqlDeploymentStore#lastSucceededBefore} orders them.
     */
    private static final String EXPIRED_DEPLOYMENT = FINISHED + " AND d.finished_at < ?"
            + " AND NOT (d.status = 'SUCCEEDED' AND NOT EXISTS (SELECT 1 FROM deployment n WHERE n.target = d.target"
            + " AND n.status = 'SUCCEEDED' AND (n.created_at > d.created_at"
            + " OR (n.created_at = d.created_at AND n.id > d.id))))";

    private static final String EXPIRED_LOG = FINISHED + " AND d.finished_at < ?";

    private final Database database;
    private final Dialect dialect;

    SqlRetentionStore(Database database, Dialect dialect) {
        this.database = database;
        this.dialect = dialect;
    }

    @Override
    public Optional<TableCounts> removeBatch(RetentionRule rule, Instant cutoff, int batch) {
        var before = UtcMillis.of(cutoff);
        return database.inTransaction("pruning " + rule.name().toLowerCase(Locale.ROOT), tx -> {
            if (!lockTaken(tx)) {
                return Optional.empty();
            }
            return Optional.of(switch (rule) {
                case EVENTS -> one("new_version_event",
                        removeSome(tx, "new_version_event", "received_at < ?", before, batch));
                case LOGS -> one("deployment_progress", removeSome(tx, "deployment_progress",
                        "deployment_id IN (SELECT d.id FROM deployment d WHERE " + EXPIRED_LOG + ")", before, batch));
                case DEPLOYMENTS -> deployments(tx, before, batch);
                case AUDIT -> one("audit_log", removeSome(tx, "audit_log", "at < ?", before, batch));
                case SESSIONS -> one("login_session", removeSome(tx, "login_session", "expires_at < ?", before, batch));
                case LOGIN_ATTEMPTS -> one("login_attempt",
                        removeSome(tx, "login_attempt", "expires_at < ?", before, batch));
            });
        });
    }

    /**
     * Removes at most {@code batch} rows of {@code table} that meet {@code condition}. Each database has its own
     * words for a bounded delete; a key-in-subquery delete, which both know, took H2 longer than the query timeout.
     */
    private long removeSome(DbTransaction tx, String table, String condition, Object before, int batch) {
        return tx.dml(switch (dialect) {
            case H2 -> "DELETE FROM " + table + " WHERE " + condition + " FETCH FIRST ? ROWS ONLY";
            case POSTGRESQL -> "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE "
                    + condition + " LIMIT ?)";
        }, before, batch);
    }

    /**
     * A batch of deployments, each with whatever log it still has; at most a tenth of {@code batch} deployments,
     * since each may carry log lines along.
     */
    private static TableCounts deployments(DbTransaction tx, Object before, int batch) {
        List<String> ids;
        try (var rows = tx.query("SELECT d.id FROM deployment d WHERE " + EXPIRED_DEPLOYMENT
                + " ORDER BY d.finished_at LIMIT ?", before, Math.max(1, batch / 10))) {
            ids = rows.map(row -> ResultRow.of(row).text("id")).toList();
        }
        if (ids.isEmpty()) {
            return counts("deployment", 0, "deployment_progress", 0);
        }
        var marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        var keys = ids.toArray();
        var logs = tx.dml("DELETE FROM deployment_progress WHERE deployment_id IN (" + marks + ")", keys);
        var rows = tx.dml("DELETE FROM deployment WHERE id IN (" + marks + ")", keys);
        return counts("deployment", rows, "deployment_progress", logs);
    }

    private boolean lockTaken(DbTransaction tx) {
        return switch (dialect) {
            case H2 -> true;
            case POSTGRESQL -> tx.get("SELECT pg_try_advisory_xact_lock(?) AS taken", PRUNE_LOCK)
                    .map(row -> row.column("taken").get(Boolean.class)).orElse(false);
        };
    }

    @Override
    public TableCounts countExpired(Map<RetentionRule, Instant> cutoffs) {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("new_version_event", countIf(cutoffs, RetentionRule.EVENTS,
                "SELECT COUNT(*) AS n FROM new_version_event WHERE received_at < ?"));
        counts.put("deployment", countIf(cutoffs, RetentionRule.DEPLOYMENTS,
                "SELECT COUNT(*) AS n FROM deployment d WHERE " + EXPIRED_DEPLOYMENT));
        counts.put("deployment_progress", expiredLogLines(cutoffs));
        counts.put("audit_log", countIf(cutoffs, RetentionRule.AUDIT, "SELECT COUNT(*) AS n FROM audit_log WHERE at < ?"));
        counts.put("login_session", countIf(cutoffs, RetentionRule.SESSIONS,
                "SELECT COUNT(*) AS n FROM login_session WHERE expires_at < ?"));
        counts.put("login_attempt", countIf(cutoffs, RetentionRule.LOGIN_ATTEMPTS,
                "SELECT COUNT(*) AS n FROM login_attempt WHERE expires_at < ?"));
        return new TableCounts(counts);
    }

    private long countIf(Map<RetentionRule, Instant> cutoffs, RetentionRule rule, String sql) {
        var cutoff = cutoffs.get(rule);
        return cutoff == null ? 0 : count(sql, UtcMillis.of(cutoff));
    }

    /** Log lines that go, counted once whether their log expired or their whole deployment did. */
    private long expiredLogLines(Map<RetentionRule, Instant> cutoffs) {
        var logs = Optional.ofNullable(cutoffs.get(RetentionRule.LOGS));
        var deployments = Optional.ofNullable(cutoffs.get(RetentionRule.DEPLOYMENTS));
        if (logs.isEmpty() && deployments.isEmpty()) {
            return 0;
        }
        var sql = "SELECT COUNT(*) AS n FROM deployment_progress p JOIN deployment d ON d.id = p.deployment_id WHERE ";
        if (logs.isPresent() && deployments.isPresent()) {
            return count(sql + "(" + EXPIRED_LOG + ") OR (" + EXPIRED_DEPLOYMENT + ")", UtcMillis.of(logs.get()),
                    UtcMillis.of(deployments.get()));
        }
        return logs.map(cutoff -> count(sql + EXPIRED_LOG, UtcMillis.of(cutoff)))
                .orElseGet(() -> count(sql + EXPIRED_DEPLOYMENT, UtcMillis.of(deployments.get())));
    }

    @Override
    public List<String> growingTables() {
        return GROWING_TABLES;
    }

    @Override
    public TableCounts rowCounts() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : GROWING_TABLES) {
            counts.put(table, count("SELECT COUNT(*) AS n FROM " + table));
        }
        return new TableCounts(counts);
    }

    private long count(String sql, Object... params) {
        return database.one("counting rows", sql, params).orElseThrow().number("n");
    }

    private static TableCounts one(String table, long rows) {
        return new TableCounts(Map.of(table, rows));
    }

    private static TableCounts counts(String table, long rows, String otherTable, long otherRows) {
        return new TableCounts(Map.of(table, rows, otherTable, otherRows));
    }
}
