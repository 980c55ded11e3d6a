package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.app.TestService;
import dev.synckit.contract.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** The deployments API as CI calls it: bearer token, JSON, polling until a deployment ends. */
final class ServiceClient {

    static final String TOKEN = TestService.API_TOKEN;
    static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ServiceClient(int port) {
        this.port = port;
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Requests a deployment and answers its id, checking the 202 and the Location to poll. */
    String request(String target, String extra) throws Exception {
        var response = send("POST", "/api/v1/deployments", "{\"target\":\"" + target + "\"" + extra + "}");
        assertEquals(202, response.statusCode(), response.body());
        var id = json(response.body()).get("id").asText();
        assertEquals("/api/v1/deployments/" + id, response.headers().firstValue("Location").orElseThrow());
        return id;
    }

    JsonNode get(String id) throws Exception {
        var response = send("GET", "/api/v1/deployments/" + id, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    /** Polls until the deployment is in one of {@code statuses}; fails after {@code limit}. */
    JsonNode awaitStatus(String id, Duration limit, String... statuses) throws Exception {
        var wanted = Set.of(statuses);
        var deadline = System.nanoTime() + limit.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = get(id);
            if (wanted.contains(last.get("status").asText())) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("deployment " + id + " never reached " + wanted + "; last seen: " + last);
    }

    /** Polls the deployment's full log until it shows {@code text}. */
    void awaitLog(String id, String text) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        var log = "";
        while (System.nanoTime() < deadline) {
            log = send("GET", "/api/v1/deployments/" + id + "/log", null).body();
            if (log.contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the log of " + id + " never showed '" + text + "':\n" + log);
    }

    JsonNode awaitEnd(String id) throws Exception {
        return awaitStatus(id, Duration.ofSeconds(60), FINAL.toArray(String[]::new));
    }

    static JsonNode json(String body) throws Exception {
        return WireJson.mapper().readTree(body);
    }
}
