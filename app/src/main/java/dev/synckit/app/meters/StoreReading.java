package dev.synckit.app.meters;

import dev.synckit.core.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read from the store for gauges, read again only when older than {@code freshFor}, however many gauges a
 * scrape reads. Empty while the store does not answer: a gauge shows NaN rather than failing the scrape.
 */
final class StoreReading<T> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreReading.class);

    private final Supplier<T> read;
    private final Duration freshFor;
    private final Clock clock;
    private Instant readAt = Instant.MIN;
    private Optional<T> last = Optional.empty();

    StoreReading(Supplier<T> read, Duration freshFor, Clock clock) {
        this.read = read;
        this.freshFor = freshFor;
        this.clock = clock;
    }

    synchronized Optional<T> get() {
        var now = clock.instant();
        if (readAt.plus(freshFor).isBefore(now)) {
            readAt = now;
            try {
                last = Optional.of(read.get());
            } catch (StoreUnavailableException e) {
                LOG.debug("gauges unread: {}", e.getMessage());
                last = Optional.empty();
            }
        }
        return last;
    }
}
