package dev.synckit.app.meters;

import dev.synckit.core.retention.RetentionStore;
import dev.synckit.core.retention.TableCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code synckit_store_rows{table}} for the tables that grow, and on H2 {@code synckit_store_file_bytes}: whether
 * retention keeps the store in bounds. Counting rows scans tables, so a scrape reads counts at most a minute old.
 */
public final class StoreSizeMeters {

    private static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private final StoreReading<TableCounts> rows;

    private StoreSizeMeters(RetentionStore store, Clock clock) {
        this.rows = new StoreReading<>(store::rowCounts, FRESH_FOR, clock);
    }

    /**
     * Registers the gauges, one per growing table whether the store answers now or not, without reading it: the
     * first scrape counts. {@code h2File} is the database file when the store is H2 on disk.
     */
    public static void bind(MeterRegistry registry, RetentionStore store, Optional<Path> h2File, Clock clock) {
        var meters = new StoreSizeMeters(store, clock);
        store.growingTables().forEach(table -> Gauge
                .builder("synckit.store.rows", () -> meters.rowsOf(table))
                .description("rows in the store's table, read at most once a minute")
                .tags("table", table)
                .register(registry));
        h2File.ifPresent(file -> Gauge.builder("synckit.store.file", () -> bytes(file))
                .description("size of the H2 database file")
                .baseUnit("bytes")
                .register(registry));
    }

    private double rowsOf(String table) {
        return rows.get().map(counts -> (double) counts.rows().getOrDefault(table, 0L)).orElse(Double.NaN);
    }

    private static double bytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
