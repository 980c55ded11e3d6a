package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.app.TestService;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.user.CommandOption;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People by name: a maintainer deploys and locks from Discord (the real bot on the emulator), and the API shows
 * their display name beside the Discord id it always showed — the deployment's {@code requestedByName}, the lock's
 * {@code holderName}, and each audit entry's {@code actorName}. The agent is down: who asked is all this is about.
 */
class PeopleByNameFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void whoAskedAndWhoLockedAreShownByNameBesideTheirId() throws Exception {
        try (var discord = DiscordEmulator.start()) {
            var mia = discord.member("mia", "maintainer");
            var id = Long.toUnsignedString(mia.id());
            var target = TargetSettings.of(TargetSettings.DEFAULT_NAME, URI.create("http://127.0.0.1:9/"),
                    Secret.of("agent-secret"));
            try (var service = TestService.start(TestService.onEmulator(tmp, discord), List.of(target))) {
                var api = new ServiceClient(service.port());

                discord.dispatchSlashCommand(mia, discord.channel("general"), "updateserver")
                        .awaitOriginal(reply -> reply.content().startsWith("Deployment of `default`"), WAIT);
                var deployment = ServiceClient.json(api.send("GET", "/api/v1/deployments?target=default", null)
                        .body()).get(0);
                assertEquals(id, deployment.path("requestedBy").asText(), "the id stays, for compatibility");
                assertEquals("mia", deployment.path("requestedByName").asText(), deployment.toString());
                var one = api.get(deployment.path("id").asText());
                assertEquals("mia", one.path("requestedByName").asText(), one.toString());

                discord.dispatchSlashCommand(mia, discord.channel("general"), "lock",
                        CommandOption.string("target", "default"), CommandOption.string("reason", "db migration"))
                        .awaitOriginal(reply -> reply.content().contains("default"), WAIT);
                var lock = ServiceClient.json(api.send("GET", "/api/v1/locks", null).body()).get(0);
                assertEquals(id, lock.path("holder").asText());
                assertEquals("mia", lock.path("holderName").asText(), lock.toString());

                var actions = new ArrayList<String>();
                for (JsonNode entry : ServiceClient.json(api.send("GET", "/api/v1/audit", null).body())) {
                    if (entry.path("actor").asText().equals(id)) {
                        assertEquals("mia", entry.path("actorName").asText(), entry.toString());
                        actions.add(entry.path("action").asText());
                    }
                }
                assertTrue(actions.containsAll(List.of("deploy.requested", "lock.acquired")),
                        actions.toString());
            }
        }
    }
}
