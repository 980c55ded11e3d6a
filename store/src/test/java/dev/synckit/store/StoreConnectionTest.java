package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreConnectionTest {

    @Test
    void printingAConnectionNeverShowsThePassword() {
        var connection = new StoreConnection("jdbc:postgresql://db:5432/synckit", "synckit", "hunter2",
                Optional.of("classpath:db/myapp"), Duration.ofSeconds(3));

        assertEquals("StoreConnection[PostgreSQL, user=synckit, consumerMigrations=classpath:db/myapp,"
                + " queryTimeout=PT3S]", connection.toString());
    }

    @Test
    void anotherDatabaseIsRefusedWithoutEchoingTheUrl() {
        var refusal = assertThrows(IllegalArgumentException.class, () -> new StoreConnection(
                "jdbc:mysql://db/synckit?password=hunter2", "u", "p", Optional.empty(), Duration.ofSeconds(3)));

        assertEquals("store URL must start with jdbc:h2: or jdbc:postgresql:, was jdbc:mysql:", refusal.getMessage());
    }

    @Test
    void aTimeoutHikariCannotHonourIsRefused() {
        var refusal = assertThrows(IllegalArgumentException.class, () -> new StoreConnection("jdbc:h2:mem:x", "sa",
                "", Optional.empty(), Duration.ofMillis(100)));

        assertEquals("store query timeout must be at least 250 ms, was PT0.1S", refusal.getMessage());
    }
}
