package dev.synckit.app.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens as a CI system and a device farm use them, against the embedded service over real HTTP (H2). */
class ScopedTokensTest {

    static final String EVENT = "{\"package\":\"com.example\",\"version\":\"1.2\",\"apkRef\":\"/x\","
            + "\"protoSha\":\"ab\",\"detectedAt\":\"2026-06-10T00:00:00Z\"}";

    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newHttpClient();
    RunningSyncKit service;

    @BeforeEach
    void start() {
        service = TestService.start(tmp, List.of(target("web"), target("prod")));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private static TargetSettings target(String name) {
        // an agent nobody listens on: requests are accepted and queued, which is all these tests look at
        return new TargetSettings(name, URI.create("http://127.0.0.1:9/"), Secret.of("agent-secret"),
                Optional.empty(), false, NewVersionPolicy.IGNORE, List.of());
    }

    @Test
    void aTokenShownOnceDeploysAndReadsItsTargetsOnly() throws Exception {
        var created = send(TestService.API_TOKEN, "POST", "/api/v1/tokens",
                "{\"name\":\"ci\",\"targets\":[\"web\"],\"actions\":[\"deploy\",\"read\"]}");
        assertEquals(201, created.statusCode(), created.body());
        var ci = json(created.body()).get("token").asText();
        assertTrue(ci.matches("sk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}"), ci);
        assertEquals("[\"web\"]", json(created.body()).get("targets").toString());
        var listed = send(TestService.API_TOKEN, "GET", "/api/v1/tokens", null);
        assertFalse(listed.body().contains(ci.substring(17)), "the list never shows a token: " + listed.body());
        assertTrue(json(listed.body()).get(0).get("lastUsedAt").isNull());

        var web = send(ci, "POST", "/api/v1/deployments", "{\"target\":\"web\"}");
        assertEquals(202, web.statusCode(), web.body());
        assertEquals("token:ci", json(web.body()).get("requestedBy").asText());
        var prod = send(ci, "POST", "/api/v1/deployments", "{\"target\":\"prod\"}");
        assertEquals(403, prod.statusCode());
        assertEquals("{\"error\":\"token ci may not deploy target prod\"}", prod.body());
        assertEquals("{\"error\":\"token ci may not deploy target prod\"}",
                send(ci, "POST", "/api/v1/targets/prod/rollback", null).body());

        var prodId = json(send(TestService.API_TOKEN, "POST", "/api/v1/deployments", "{\"target\":\"prod\"}").body())
                .get("id").asText();
        var other = send(ci, "GET", "/api/v1/deployments/" + prodId, null);
        assertEquals(404, other.statusCode());
        assertEquals("{\"error\":\"no deployment " + prodId + "\"}", other.body());
        assertEquals(404, send(ci, "POST", "/api/v1/deployments/" + prodId + "/cancel", null).statusCode());
        assertEquals(404, send(ci, "GET", "/api/v1/deployments/" + prodId + "/log", null).statusCode());
        assertEquals(List.of("web"), targets(send(ci, "GET", "/api/v1/deployments", null)));
        assertEquals(List.of("prod", "web"), targets(send(TestService.API_TOKEN, "GET", "/api/v1/deployments", null)));
        assertEquals("{\"error\":\"token ci may not read target prod\"}",
                send(ci, "GET", "/api/v1/deployments?target=prod", null).body());
        assertEquals(List.of("web"), json(send(ci, "GET", "/api/v1/targets", null).body()).findValuesAsText("name"));
        var audit = send(ci, "GET", "/api/v1/audit", null);
        assertEquals(403, audit.statusCode());
        assertEquals("{\"error\":\"token ci may not read the audit log\"}", audit.body());

        assertEquals(403, send(ci, "PUT", "/api/v1/targets/prod/lock", "{\"holder\":\"ci\"}").statusCode());
        assertEquals(201, send(ci, "PUT", "/api/v1/targets/web/lock", "{\"holder\":\"ci\"}").statusCode());

        var refused = send(ci, "POST", "/events/new-version", EVENT);
        assertEquals(401, refused.statusCode());
        assertEquals("unauthorized\n", refused.body());

        var used = json(send(TestService.API_TOKEN, "GET", "/api/v1/tokens", null).body()).get(0);
        assertEquals("ci", used.get("name").asText());
        assertFalse(used.get("lastUsedAt").isNull(), used.toString());
    }

    @Test
    void anEventsTokenPostsNewVersionsAndNothingElse() throws Exception {
        var farm = create("{\"name\":\"farm\",\"targets\":[\"*\"],\"actions\":[\"events\"]}");

        var posted = send(farm, "POST", "/events/new-version", EVENT);
        assertEquals(200, posted.statusCode());
        assertEquals("", posted.body());
        assertEquals("{\"error\":\"token farm may not read deployments\"}",
                send(farm, "GET", "/api/v1/deployments", null).body());
        assertEquals(403, send(farm, "POST", "/api/v1/deployments", "{\"target\":\"web\"}").statusCode());
        var manage = send(farm, "GET", "/api/v1/tokens", null);
        assertEquals(403, manage.statusCode(), "tokens cannot manage tokens");
        assertEquals("{\"error\":\"token farm may not manage tokens\"}", manage.body());
        assertEquals(403, send(farm, "GET", "/api/v1/backup", null).statusCode(), "nor read the whole store");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndTheEnvironmentSecretsKeepWorking() throws Exception {
        var ci = create("{\"name\":\"ci\",\"targets\":[\"*\"],\"actions\":[\"read\",\"events\"]}");
        assertEquals(200, send(ci, "GET", "/api/v1/deployments", null).statusCode());

        var revoked = send(TestService.API_TOKEN, "DELETE", "/api/v1/tokens/ci", null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertFalse(json(revoked.body()).get("revokedAt").isNull());

        var after = send(ci, "GET", "/api/v1/deployments", null);
        assertEquals(401, after.statusCode());
        assertEquals("{\"error\":\"unauthorized\"}", after.body());
        assertEquals("unauthorized\n", send(ci, "POST", "/events/new-version", EVENT).body());
        assertEquals(200, send(TestService.API_TOKEN, "GET", "/api/v1/deployments", null).statusCode());
        assertEquals(200, send(TestService.EVENT_SECRET, "POST", "/events/new-version", EVENT).statusCode());
        assertEquals(404, send(TestService.API_TOKEN, "DELETE", "/api/v1/tokens/nobody", null).statusCode());
    }

    @Test
    void aBadRequestForATokenSaysWhatIsWrong() throws Exception {
        var unknown = send(TestService.API_TOKEN, "POST", "/api/v1/tokens",
                "{\"name\":\"ci\",\"targets\":[\"staging\"],\"actions\":[\"read\"]}");
        assertEquals(400, unknown.statusCode());
        assertEquals("{\"error\":\"there is no target named staging\"}", unknown.body());
        assertEquals("{\"error\":\"unknown action write; the actions are deploy, read and events\"}",
                send(TestService.API_TOKEN, "POST", "/api/v1/tokens",
                        "{\"name\":\"ci\",\"targets\":[\"web\"],\"actions\":[\"write\"]}").body());
        create("{\"name\":\"ci\",\"targets\":[\"web\"],\"actions\":[\"read\"]}");
        assertEquals("{\"error\":\"a token named ci exists already; revoke it first\"}",
                send(TestService.API_TOKEN, "POST", "/api/v1/tokens",
                        "{\"name\":\"ci\",\"targets\":[\"web\"],\"actions\":[\"read\"]}").body());
        assertEquals(401, send("sk_000000000000_" + "A".repeat(43), "GET", "/api/v1/tokens", null).statusCode());
    }

    private String create(String body) throws Exception {
        var created = send(TestService.API_TOKEN, "POST", "/api/v1/tokens", body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).get("token").asText();
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> targets(HttpResponse<String> list) throws Exception {
        assertEquals(200, list.statusCode(), list.body());
        var targets = new ArrayList<String>();
        json(list.body()).forEach(deployment -> targets.add(deployment.get("target").asText()));
        return targets;
    }

    private static JsonNode json(String body) throws Exception {
        return WireJson.mapper().readTree(body);
    }
}
