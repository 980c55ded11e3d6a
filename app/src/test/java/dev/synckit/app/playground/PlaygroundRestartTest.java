package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator forgets everything when the service stops, the store under the data directory does not: a second
 * start on the same data directory must work as the first (commands registered, buttons of new messages working),
 * and the demo repository keeps counting versions.
 */
class PlaygroundRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartOnTheSameDataDirectoryWorksAsTheFirst() throws Exception {
        for (var start = 1; start <= 2; start++) {
            try (var service = PlaygroundBrowserTest.playground(dataDir)) {
                var page = new PageClient(service.port());
                var session = page.json("GET", "session", null);
                var deploys = session.path("deployChannel").asText();

                var names = new ArrayList<String>();
                page.json("GET", "commands", null).forEach(command -> names.add(command.path("name").asText()));
                assertTrue(names.containsAll(java.util.List.of("verify", "updateserver", "deploy")), names.toString());

                var version = "1.0." + start;
                var released = page.json("POST", "new-version", "");
                assertEquals(version, released.path("version").asText(), released.toString());
                assertEquals(200, released.path("status").asInt());

                var announcement = page.await("the announcement of " + version, client ->
                        last(client.messages(deploys), message -> title(message).equals(
                                "New version " + version + " of " + NewVersionButton.PACKAGE)));
                var deployButton = customIds(announcement).stream().filter(id -> id.startsWith("sk1:deploy:default"))
                        .findFirst().orElseThrow();
                page.json("POST", "interactions/buttons", WireJson.mapper().createObjectNode()
                        .put("member", Playground.MAINTAINER).put("message_id", announcement.path("id").asText())
                        .put("custom_id", deployButton).toString());

                var status = page.await("the deployment's end", client -> last(client.messages(deploys),
                        message -> title(message).equals("Deployed default")));
                assertTrue(status.path("embeds").get(0).path("description").asText().startsWith("Updated `"),
                        status.toString());

                var logsButton = customIds(status).stream().filter(id -> id.contains("logs")).findFirst().orElseThrow();
                var clicked = page.json("POST", "interactions/buttons", WireJson.mapper().createObjectNode()
                        .put("member", Playground.MAINTAINER).put("message_id", status.path("id").asText())
                        .put("custom_id", logsButton).toString()).path("interaction_id").asText();
                var file = page.await("the log file", client -> Optional.of(client.interaction(clicked)
                        .path("original").path("attachments").path(0)).filter(JsonNode::isObject));
                assertTrue(file.path("filename").asText().endsWith(".log"), file.toString());
                var download = page.send("GET", "attachments/" + file.path("id").asText(), null);
                assertEquals(200, download.statusCode());
                assertEquals("attachment", download.headers().firstValue("Content-Disposition").orElse(""));
                assertTrue(download.body().contains("12 passed"), download.body());
            }
        }
        assertTrue(Files.isDirectory(dataDir.resolve("playground/upstream.git")));
    }

    private static Optional<JsonNode> last(JsonNode messages, java.util.function.Predicate<JsonNode> matches) {
        JsonNode found = null;
        for (var message : messages) {
            if (matches.test(message)) {
                found = message;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String title(JsonNode message) {
        return message.path("embeds").path(0).path("title").asText("");
    }

    private static java.util.List<String> customIds(JsonNode message) {
        var ids = new ArrayList<String>();
        message.path("components").forEach(row -> row.path("components")
                .forEach(component -> ids.add(component.path("custom_id").asText())));
        return ids;
    }
}
