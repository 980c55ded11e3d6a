package dev.synckit.core.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store's side of retention: expired rows found and removed in short transactions, tables counted. */
public interface RetentionStore {

    /**
     * Removes at most {@code batch} rows of the rule's kind that expired before {@code cutoff}, in one transaction
     * (a deployment takes its log along). Empty when another replica is pruning at this moment: batches of two
     * replicas never run at once.
     */
    Optional<TableCounts> removeBatch(RetentionRule rule, Instant cutoff, int batch);

    /** What removing with these cutoffs would take, by table; a rule not in the map keeps its rows. */
    TableCounts countExpired(Map<RetentionRule, Instant> cutoffs);

    /** The tables that grow, by name: what {@link #rowCounts} counts. */
    List<String> growingTables();

    /** The rows of the tables that grow, by table. */
    TableCounts rowCounts();
}
