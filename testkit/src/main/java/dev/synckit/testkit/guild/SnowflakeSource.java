package dev.synckit.testkit.guild;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord snowflakes of the current time, strictly increasing. JDA derives an interaction's 15-minute expiry from its
 * id, so every id handed out must carry "now".
 */
public final class SnowflakeSource {

    /** 2015-01-01T00:00:00Z, Discord's epoch. */
    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    public SnowflakeSource(Clock clock) {
        this.clock = clock;
    }

    public long next() {
        long fromClock = (clock.millis() - DISCORD_EPOCH_MILLIS) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, fromClock));
    }

    public static Instant timeOf(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
