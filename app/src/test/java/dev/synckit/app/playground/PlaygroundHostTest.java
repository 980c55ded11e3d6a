package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.WireJson;
import dev.synckit.testkit.http.ForeignRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground drives the emulator, the demo agent and a login that signs its visitor in at once, all without a
 * password: over real HTTP, a request naming another host (DNS rebinding) or sent from another origin gets a 403 on
 * every route, the page's and the service's, and changes nothing; this machine's own requests work.
 */
class PlaygroundHostTest {

    @TempDir
    Path dataDir;

    @Test
    void aForeignHostOrOriginIsRefusedOnEveryRouteAndItsOwnAreAnswered() throws Exception {
        try (var service = PlaygroundBrowserTest.playground(dataDir)) {
            var port = service.port();
            var self = "127.0.0.1:" + port;
            var rebound = new ForeignRequest(port, "attacker.example:" + port, null);
            var foreignPage = new ForeignRequest(port, self, "http://attacker.example:" + port);

            for (var path : new String[] {"/playground", "/playground/api/session", "/health", "/auth/login",
                    "/api/v1/audit"}) {
                var answer = rebound.get(path);
                assertEquals(403, answer.status(), path + ": " + answer.body());
                assertTrue(answer.body().contains("only requests for http://" + self), answer.body());
                assertEquals(403, foreignPage.get(path).status(), path + " from a foreign page");
            }
            assertEquals(403, rebound.post("/playground/api/new-version", "").status());
            assertEquals(403, foreignPage.post("/playground/api/new-version", "").status());
            assertEquals(403, foreignPage.post("/api/v1/tokens", "{\"name\":\"stolen\",\"targets\":[\"default\"]}")
                    .status());

            var own = new ForeignRequest(port, self, "http://" + self);
            assertEquals(200, own.get("/playground").status());
            assertEquals(200, new ForeignRequest(port, "localhost:" + port, null).get("/health").status());
            var released = own.post("/playground/api/new-version", "");
            assertEquals(200, released.status(), released.body());
            assertEquals("1.0.1", WireJson.mapper().readTree(released.body()).path("version").asText(),
                    "the refused presses released nothing");
        }
    }
}
