package dev.synckit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.http.ForeignRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The control routes a playground page needs: the commands it can offer, changes to wait for, files to download. */
class EmulatorControlRoutesTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DiscordEmulator discord;

    @BeforeEach
    void start() {
        discord = DiscordEmulator.start();
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void onlyItsOwnHostAndOriginAreAnswered() {
        int port = URI.create(discord.baseUrl()).getPort();
        String self = "127.0.0.1:" + port;
        String member = "{\"name\":\"mallory\",\"roles\":[\"maintainer\"]}";

        ForeignRequest.Answer rebound = new ForeignRequest(port, "attacker.example:" + port, null)
                .post("/emulator/members", member);
        assertEquals(403, rebound.status(), rebound.body());
        assertTrue(rebound.body().contains("only requests for http://" + self), rebound.body());
        assertEquals(403, new ForeignRequest(port, self, "http://attacker.example:" + port)
                .post("/emulator/members", member).status(), "a foreign page's Origin");
        assertEquals(403, new ForeignRequest(port, "attacker.example:" + port, null)
                .get("/oauth2/authorize?client_id=1&response_type=code").status(), "the login it approves at once");
        assertTrue(discord.guild().memberNamed("mallory").isEmpty(), "nobody was made a maintainer");

        assertEquals(200, new ForeignRequest(port, self, "http://" + self).post("/emulator/members", member).status());
        assertEquals(200, new ForeignRequest(port, "localhost:" + port, null).get("/emulator/guild").status());
        assertTrue(discord.guild().memberNamed("mallory").isPresent());
    }

    @Test
    void theCommandsAreTheGuildsThenTheGlobalOnesItDoesNotShadow() throws Exception {
        String app = Long.toUnsignedString(discord.application().id());
        String guild = Long.toUnsignedString(discord.guild().id());
        bot("PUT", "applications/" + app + "/guilds/" + guild + "/commands",
                "[{\"name\":\"verify\",\"description\":\"in the guild\"}]");
        bot("PUT", "applications/" + app + "/commands",
                "[{\"name\":\"verify\",\"description\":\"global\"},{\"name\":\"ping\",\"description\":\"global\"}]");

        JsonNode commands = json(get("emulator/commands"));
        assertEquals(2, commands.size(), commands.toString());
        assertEquals("verify", commands.get(0).path("name").asText());
        assertEquals("in the guild", commands.get(0).path("description").asText());
        assertEquals("ping", commands.get(1).path("name").asText());
    }

    @Test
    void aLongPollAnswersWithTheRevisionAfterTheNextChange() throws Exception {
        long now = json(get("emulator/revision")).path("revision").asLong();
        assertEquals(now, json(get("emulator/revision?after=" + now)).path("revision").asLong(),
                "without wait_ms it answers at once");

        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(request("GET",
                discord.baseUrl() + "emulator/revision?after=" + now + "&wait_ms=15000", null, null),
                HttpResponse.BodyHandlers.ofString());
        bot("POST", "channels/" + discord.deployChannel().id() + "/messages", "{\"content\":\"news\"}");

        long after = json(waiting.get(20, TimeUnit.SECONDS).body()).path("revision").asLong();
        assertTrue(after > now, after + " after " + now);
    }

    @Test
    void aFileTheBotAttachesIsListedOnItsMessageAndDownloadsByteForByte() throws Exception {
        byte[] content = {'l', 'o', 'g', '\n', (byte) 0xff, 0, (byte) 0xc3};
        String boundary = "b0und4ry";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"content\":\"the log\",\"attachments\":[{\"id\":0,"
                + "\"filename\":\"run.log\"}]}\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"files[0]\"; filename=\"run.log\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl()
                        + "channels/" + discord.deployChannel().id() + "/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + discord.botToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());

        JsonNode attachment = json(created.body()).path("attachments").get(0);
        assertEquals("run.log", attachment.path("filename").asText());
        assertEquals(content.length, attachment.path("size").asInt());
        HttpResponse<byte[]> download = http.send(request("GET", discord.baseUrl() + "emulator/attachments/"
                + attachment.path("id").asText(), null, null), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/octet-stream", download.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(content, download.body(), Arrays.toString(download.body()));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request("GET", discord.baseUrl() + path, null, null),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private void bot(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(method, discord.restBaseUrl() + path, body,
                "Bot " + discord.botToken()), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static HttpRequest request(String method, String url, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static JsonNode json(String body) throws Exception {
        return WireJson.mapper().readTree(body);
    }
}
