package dev.synckit.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How an Instant is written: UTC, truncated to the millisecond, so that it reads back equal on both databases. */
final class UtcMillis {

    private UtcMillis() {
    }

    static OffsetDateTime of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    /** A nullable column's value. */
    static OffsetDateTime orNull(Optional<Instant> instant) {
        return instant.map(UtcMillis::of).orElse(null);
    }
}
