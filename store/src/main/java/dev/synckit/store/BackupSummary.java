package dev.synckit.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/**
 * What a backup file holds, as written or as restored.
 *
 * @param synckitVersion the build that wrote the backup
 * @param schemaVersion  synckit's schema version of the store it was taken from
 * @param database       H2 or PostgreSQL, where it was taken
 * @param rows           rows per table, in the file's order
 */
public record BackupSummary(String synckitVersion, String schemaVersion, String database, Instant createdAt,
        SequencedMap<String, Long> rows) {

    public BackupSummary {
        Objects.requireNonNull(synckitVersion, "synckitVersion");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(createdAt, "createdAt");
        rows = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(rows));
    }

    /** One line for an operator: schema version, origin, and rows per table. */
    public String describe() {
        return "schema version " + schemaVersion + ", taken " + createdAt + " from " + database + " by synckit "
                + synckitVersion + "; rows: " + rows.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Rows of every table together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
