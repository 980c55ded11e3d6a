package dev.synckit.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulator's HTTP answers byte for byte, as a client without JDA (or a browser) sees them. */
class EmulatorHttpTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DiscordEmulator discord;

    @BeforeEach
    void start() {
        discord = DiscordEmulator.start(EmulatorOptions.defaults().withEditLimit(1));
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void withoutTheBotTokenDiscordSays401() throws Exception {
        HttpResponse<String> response = send("POST", discord.restBaseUrl() + messagesPath(), "{\"content\":\"hi\"}", "Bot wrong");
        assertEquals(401, response.statusCode());
        assertEquals("{\"message\":\"401: Unauthorized\",\"code\":0}", response.body());
    }

    @Test
    void anOverLongDescriptionGetsDiscordsInvalidFormBody() throws Exception {
        String body = "{\"embeds\":[{\"title\":\"t\",\"description\":\"" + "x".repeat(4097) + "\"}]}";
        HttpResponse<String> response = bot("POST", messagesPath(), body);
        assertEquals(400, response.statusCode());
        assertEquals("{\"code\":50035,\"errors\":{\"embeds\":{\"0\":{\"description\":{\"_errors\":[{\"code\":"
                + "\"BASE_TYPE_MAX_LENGTH\",\"message\":\"Must be 4096 or fewer in length.\"}]}}}},"
                + "\"message\":\"Invalid Form Body\"}", response.body());
    }

    @Test
    void overSixThousandInTotalAndALongCustomIdAreRefused() throws Exception {
        String field = "{\"name\":\"n\",\"value\":\"" + "v".repeat(1000) + "\"}";
        String body = "{\"embeds\":[{\"fields\":[" + String.join(",", java.util.Collections.nCopies(7, field)) + "]}],"
                + "\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"Go\",\"custom_id\":\""
                + "c".repeat(101) + "\"}]}]}";
        HttpResponse<String> response = bot("POST", messagesPath(), body);
        assertEquals(400, response.statusCode());
        assertEquals("{\"code\":50035,\"errors\":{\"embeds\":{\"_errors\":[{\"code\":\"MAX_EMBED_SIZE_EXCEEDED\","
                + "\"message\":\"Embed size exceeds maximum size of 6000\"}]},\"components\":{\"0\":{\"components\":"
                + "{\"0\":{\"custom_id\":{\"_errors\":[{\"code\":\"BASE_TYPE_MAX_LENGTH\",\"message\":"
                + "\"Must be 100 or fewer in length.\"}]}}}}}},\"message\":\"Invalid Form Body\"}", response.body());
    }

    @Test
    void aSecondEditWithinTheSecondIs429WhenTheLimitIsOn() throws Exception {
        HttpResponse<String> created = bot("POST", messagesPath(), "{\"content\":\"v1\"}");
        assertEquals(200, created.statusCode());
        String id = discord.messages(discord.deployChannel()).getFirst().id() + "";
        assertTrue(created.body().contains("\"id\":\"" + id + "\""), created.body());

        assertEquals(200, bot("PATCH", messagesPath() + "/" + id, "{\"content\":\"v2\"}").statusCode());
        HttpResponse<String> limited = bot("PATCH", messagesPath() + "/" + id, "{\"content\":\"v3\"}");
        assertEquals(429, limited.statusCode());
        assertEquals("1", limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(limited.body().startsWith("{\"message\":\"You are being rate limited.\",\"retry_after\":"));
        assertEquals(2, discord.messages(discord.deployChannel()).getFirst().versions().size());
    }

    @Test
    void thePlaygroundShowsTheChannelAsDiscordJson() throws Exception {
        bot("POST", messagesPath(), "{\"content\":\"hello\",\"embeds\":[{\"title\":\"Deploy\"}]}");
        HttpResponse<String> response = send("GET", discord.baseUrl() + "emulator/channels/"
                + discord.deployChannel().id() + "/messages", null, null);
        assertEquals(200, response.statusCode());
        var messages = dev.synckit.contract.WireJson.mapper().readTree(response.body());
        assertEquals(1, messages.size());
        assertEquals("hello", messages.get(0).path("content").asText());
        assertEquals("{\"title\":\"Deploy\",\"type\":\"rich\"}", messages.get(0).path("embeds").get(0).toString());
        assertEquals("synckit", messages.get(0).path("author").path("username").asText());
    }

    @Test
    void thePlaygroundRefusesACommandTheBotNeverRegistered() throws Exception {
        send("POST", discord.baseUrl() + "emulator/members", "{\"name\":\"alice\",\"roles\":[\"maintainer\"]}", null);
        HttpResponse<String> response = send("POST", discord.baseUrl() + "emulator/interactions/commands",
                "{\"member\":\"alice\",\"channel_id\":\"" + discord.deployChannel().id() + "\",\"command\":\"status\"}",
                null);
        assertEquals(409, response.statusCode());
        assertEquals("{\"message\":\"the bot has not registered /status\"}", response.body());
    }

    private String messagesPath() {
        return "channels/" + discord.deployChannel().id() + "/messages";
    }

    private HttpResponse<String> bot(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, discord.restBaseUrl() + path, body, "Bot " + discord.botToken());
    }

    private HttpResponse<String> send(String method, String url, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
