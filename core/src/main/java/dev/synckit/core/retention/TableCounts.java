package dev.synckit.core.retention;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Rows by table name, as an operator reads them in a report; tables in name order. */
public record TableCounts(Map<String, Long> rows) {

    public TableCounts {
        rows = Collections.unmodifiableMap(new TreeMap<>(rows));
    }

    public static TableCounts none() {
        return new TableCounts(Map.of());
    }

    public TableCounts plus(TableCounts other) {
        var sum = new TreeMap<>(rows);
        other.rows.forEach((table, count) -> sum.merge(table, count, Long::sum));
        return new TableCounts(sum);
    }

    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code audit_log 3, new_version_event 120}, or {@code nothing} when every count is zero. */
    public String describe() {
        var named = rows.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        return named.isEmpty() ? "nothing" : named;
    }
}
