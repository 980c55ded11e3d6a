package dev.synckit.app.surface;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.CallbackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the service that takes a body answers 400 to null, wrong types and empty bodies, and to a
 * control character in a name or reason, naming the field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadBodiesTest {

    static final String AGENT_SECRET = "bad-bodies-agent-secret";

    /** Bodies no endpoint takes: not an object, or nothing at all. */
    static final List<String> NOT_OBJECTS = List.of("", "null", "[]", "1", "\"x\"", "true", "[{}]");

    private final HttpClient http = HttpClient.newHttpClient();
    private RunningSyncKit service;
    private String deploymentId;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        // nothing listens at the agent's address: deployments fail at once, which is all these tests need
        service = TestService.start(tmp, List.of(new TargetSettings("web", URI.create("http://127.0.0.1:9"),
                Secret.of(AGENT_SECRET), Optional.of("web"), false, NewVersionPolicy.IGNORE, List.of())));
        var created = send("POST", "/api/v1/deployments", "{\"target\":\"web\"}", bearer(TestService.API_TOKEN));
        assertEquals(202, created.statusCode(), created.body());
        deploymentId = WireJson.mapper().readTree(created.body()).get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> send("GET", "/api/v1/deployments/" + deploymentId, null,
                bearer(TestService.API_TOKEN)).body().contains("\"status\":\"failed\""));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    /** One endpoint: how to post to it, and the bodies of the right shape but with wrong types. */
    record Endpoint(String method, String path, Signer signer, List<String> wrongTypes, boolean plainBadRequest) {
    }

    @FunctionalInterface
    interface Signer {
        List<String> headers(String path, byte[] body);
    }

    static Signer bearer(String token) {
        return (path, body) -> List.of("Authorization", "Bearer " + token);
    }

    static Signer agentSigned() {
        return (path, body) -> {
            long now = Instant.now().getEpochSecond();
            var subject = path.substring(path.lastIndexOf('/') + 1);
            return List.of(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now), CallbackSignature.SIGNATURE_HEADER,
                    new CallbackSignature(AGENT_SECRET).signFor(subject, now, body));
        };
    }

    private List<Endpoint> endpoints() {
        var api = bearer(TestService.API_TOKEN);
        var event = List.of(
                "{\"deploymentId\":\"r\",\"sequence\":\"x\",\"type\":\"started\"}",
                "{\"deploymentId\":\"r\",\"sequence\":1,\"type\":\"no-such-type\"}",
                "{\"deploymentId\":\"r\",\"sequence\":1,\"type\":7}",
                "{\"deploymentId\":\"r\",\"sequence\":1,\"type\":\"step-output\",\"output\":5}",
                "{\"deploymentId\":\"r\",\"sequence\":1,\"type\":\"finished\",\"deployment\":\"done\"}",
                "{\"deploymentId\":\"r\",\"sequence\":1,\"type\":\"started\",\"stepIndex\":\"first\"}",
                "{\"deploymentId\":[\"r\"],\"sequence\":1,\"type\":\"started\"}");
        return List.of(
                new Endpoint("POST", "/api/v1/deployments", api, List.of("{\"target\":1}", "{\"target\":[\"web\"]}",
                        "{\"target\":\"web\",\"reason\":{}}", "{\"target\":\"web\",\"confirm\":\"yes\"}",
                        "{\"target\":\"web\",\"confirm\":1}", "{\"target\":\"web\",\"ref\":false}"), false),
                new Endpoint("PUT", "/api/v1/targets/web/lock", api, List.of("{\"holder\":1}",
                        "{\"holder\":[\"alice\"]}", "{\"holder\":\"alice\",\"reason\":[]}",
                        "{\"holder\":\"alice\",\"reason\":2}"), false),
                new Endpoint("POST", "/api/v1/tokens", api, List.of("{\"name\":1}", "{\"name\":\"ci\",\"targets\":\"web\"}",
                        "{\"name\":\"ci\",\"targets\":[null]}", "{\"name\":\"ci\",\"targets\":[1]}",
                        "{\"name\":\"ci\",\"actions\":[null]}", "{\"name\":\"ci\",\"actions\":{}}"), false),
                new Endpoint("POST", "/events/new-version", bearer(TestService.EVENT_SECRET), List.of(
                        "{\"package\":1,\"version\":\"1\",\"apkRef\":\"a\",\"protoSha\":\"b\",\"detectedAt\":\"c\"}",
                        "{\"package\":\"p\",\"version\":[],\"apkRef\":\"a\",\"protoSha\":\"b\",\"detectedAt\":\"c\"}",
                        "{\"package\":\"p\",\"version\":\"1\",\"apkRef\":\"a\",\"protoSha\":\"b\",\"detectedAt\":\"c\","
                                + "\"build\":{}}"), true),
                new Endpoint("POST", "/api/v1/agent-callbacks/" + deploymentId, agentSigned(), event, false),
                new Endpoint("POST", "/api/v1/agent-events/web", agentSigned(), event, false));
    }

    @Test
    void everyBodyThatIsNotAnObjectOrHasAWrongTypeIsA400() throws Exception {
        var wrong = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            var bodies = new ArrayList<>(NOT_OBJECTS);
            bodies.addAll(endpoint.wrongTypes());
            for (var body : bodies) {
                var response = send(endpoint.method(), endpoint.path(), body, endpoint.signer());
                boolean good = response.statusCode() == 400 && (endpoint.plainBadRequest()
                        ? response.body().equals("bad request\n") : response.body().startsWith("{\"error\":\""));
                if (!good) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " " + body + " -> " + response.statusCode()
                            + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(send("GET", "/api/v1/locks", null, bearer(TestService.API_TOKEN)).body().equals("[]"),
                "no lock was taken");
    }

    @Test
    void aControlCharacterInANameOrReasonIsA400NamingTheFieldAndNothingIsKept() throws Exception {
        var api = bearer(TestService.API_TOKEN);
        var wrong = new ArrayList<String>();
        for (var control : List.of("\n", "\r", "\u0000", "\t", "\u001b", "\u007f", "\u0085", "\u2028")) {
            var escaped = WireJson.mapper().writeValueAsString("a" + control + "b");
            var event = "{\"package\":\"p\",\"version\":\"1\",\"apkRef\":\"a\",\"protoSha\":\"b\","
                    + "\"detectedAt\":\"c\"}";
            var cases = List.of(
                    List.of("POST", "/api/v1/deployments", "{\"target\":" + escaped + "}", "target"),
                    List.of("POST", "/api/v1/deployments", "{\"target\":\"web\",\"ref\":" + escaped + "}", "ref"),
                    List.of("POST", "/api/v1/deployments", "{\"target\":\"web\",\"reason\":" + escaped + "}",
                            "reason"),
                    List.of("PUT", "/api/v1/targets/web/lock", "{\"holder\":" + escaped + "}", "holder"),
                    List.of("PUT", "/api/v1/targets/web/lock", "{\"holder\":\"alice\",\"reason\":" + escaped + "}",
                            "reason"),
                    List.of("POST", "/api/v1/tokens", "{\"name\":" + escaped + ",\"actions\":[\"read\"]}", "name"),
                    List.of("POST", "/events/new-version", event.replace("\"p\"", escaped), "package"),
                    List.of("POST", "/events/new-version", event.replace("\"1\"", escaped), "version"));
            for (var c : cases) {
                var signer = c.get(1).equals("/events/new-version") ? bearer(TestService.EVENT_SECRET) : api;
                var response = send(c.get(0), c.get(1), c.get(2), signer);
                var expected = c.get(1).equals("/events/new-version")
                        ? "bad request: " + c.get(3) + " must not contain control characters\n"
                        : "{\"error\":\"" + c.get(3) + " must not contain control characters\"}";
                if (response.statusCode() != 400 || !response.body().equals(expected)) {
                    wrong.add(c + " -> " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals("[]", send("GET", "/api/v1/locks", null, api).body(), "no lock was taken");
        assertEquals(1, WireJson.mapper().readTree(send("GET", "/api/v1/deployments", null, api).body()).size(),
                "no deployment but the one of the set-up");
        assertEquals("[]", send("GET", "/api/v1/tokens", null, api).body(), "no token was made");
    }

    HttpResponse<String> send(String method, String path, String body, Signer signer) throws Exception {
        var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        var headers = signer == null ? List.<String>of() : signer.headers(path, bytes);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
