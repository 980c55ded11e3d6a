package dev.synckit.testkit;

import dev.synckit.testkit.guild.SnowflakeSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnowflakeSourceTest {

    @Test
    void idsCarryTheClocksTimeAndNeverRepeatWithinAMillisecond() {
        Instant now = Instant.parse("2026-03-01T12:00:00.123Z");
        SnowflakeSource ids = new SnowflakeSource(Clock.fixed(now, ZoneOffset.UTC));
        long first = ids.next();
        long second = ids.next();
        assertEquals(now, SnowflakeSource.timeOf(first));
        assertEquals(now, SnowflakeSource.timeOf(second));
        assertTrue(second > first);
        assertEquals((now.toEpochMilli() - SnowflakeSource.DISCORD_EPOCH_MILLIS) << 22, first);
    }
}
