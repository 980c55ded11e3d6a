package dev.synckit.agentclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgentClientSettingsTest {

    @Test
    void defaultsAreThoseDocumented() {
        assertEquals(new AgentClientSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofMinutes(30), 3,
                Duration.ofMillis(200), 5, Duration.ofSeconds(30)), AgentClientSettings.defaults());
    }

    @Test
    void aZeroTimeoutOrNoAttemptIsRefusedByName() {
        var zero = assertThrows(IllegalArgumentException.class, () -> new AgentClientSettings(Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofMillis(1), 1, Duration.ofSeconds(1)));
        assertEquals("connectTimeout must be positive, not PT0S", zero.getMessage());
        var none = assertThrows(IllegalArgumentException.class, () -> new AgentClientSettings(Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMillis(1), 1, Duration.ofSeconds(1)));
        assertEquals("maxAttempts must be at least 1, not 0", none.getMessage());
    }

    @Test
    void timeoutsReadTheWayPeopleWriteThem() {
        assertEquals("10s", AgentDown.span(Duration.ofSeconds(10)));
        assertEquals("30m", AgentDown.span(Duration.ofMinutes(30)));
        assertEquals("1h", AgentDown.span(Duration.ofHours(1)));
        assertEquals("250ms", AgentDown.span(Duration.ofMillis(250)));
        assertEquals("90s", AgentDown.span(Duration.ofSeconds(90)));
    }
}
