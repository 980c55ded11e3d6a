package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.TcpRelay;
import dev.synckit.store.testing.TestDatabase;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on a real PostgreSQL, including the database going away under it. */
class PostgresServiceTest extends ServiceContract {

    private PostgresTestDatabase database;

    @BeforeEach
    void createSchema() {
        database = PostgresTestDatabase.create();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Test
    void whenTheDatabaseGoesAwayHealthAndEventsAnswer503AndNothingAcknowledgedIsLost() throws Exception {
        var server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        try (var relay = new TcpRelay(server.getHost(), server.getPort())) {
            database.close();
            database = PostgresTestDatabase.reachedThrough(
                    "jdbc:postgresql://127.0.0.1:" + relay.port() + server.getPath());
            start();
            assertEquals(200, postEvent(EVENT).statusCode());

            relay.close();
            assertEquals(503, get("/health").statusCode());
            var refused = postEvent(EVENT.replace("1.34", "1.35"));
            assertEquals(503, refused.statusCode());
            assertEquals("{\"error\":\"store unavailable, try again\"}", refused.body());
        }
        var direct = database.direct();
        assertEquals(java.util.List.of(java.util.List.of("com.auxbrain.egginc", "1.34", "HANDLED", 1)),
                normalized(direct.query("SELECT package_name, version, state, attempts FROM new_version_event")));
    }
}
