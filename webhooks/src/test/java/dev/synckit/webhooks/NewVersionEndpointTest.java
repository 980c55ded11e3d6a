package dev.synckit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.testing.InMemoryEventStore;
import dev.synckit.core.testing.InMemoryTokenStore;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.token.TokenScope;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of POST /events/new-version over real HTTP, byte for byte. */
class NewVersionEndpointTest {

    static final String SECRET = "s3cret-event-token";
    static final String GOLDEN = "{\"package\":\"com.auxbrain.egginc\",\"version\":\"1.34\",\"apkRef\":\"/x/base.apk\","
            + "\"protoSha\":\"deadbeef\",\"detectedAt\":\"2026-06-10T00:00:00Z\"}";

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final List<NewVersionEvent> handled = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile boolean listenerFails;
    private HttpSurface.Running server;

    @BeforeEach
    void start() {
        var intake = new NewVersionIntake(events, List.of(event -> {
            if (listenerFails) {
                throw new IllegalStateException("announce failed");
            }
            handled.add(event);
        }), Clock.systemUTC());
        server = HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new VerifyInfo("synckit", "ab", "v1", "d"), timeout -> { }, intake, SECRET::equals).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String authorization, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/events/new-version"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void acceptedEventAnswers200WithAnEmptyBodyAndIsHandledOnce() throws Exception {
        var first = post("Bearer " + SECRET, GOLDEN);
        var again = post("Bearer " + SECRET, GOLDEN);

        assertEquals(200, first.statusCode());
        assertEquals("", first.body());
        assertEquals(200, again.statusCode());
        assertEquals("", again.body());
        assertEquals(1, handled.size());
        assertEquals("1.34", handled.getFirst().version());
    }

    @Test
    void unauthorizedIsThePlainTextOfTheContract() throws Exception {
        for (var header : new String[] {null, "", SECRET, "Basic " + SECRET, "Bearer wrong", "Bearer  " + SECRET,
                "Token " + SECRET}) {
            var response = post(header, GOLDEN);
            assertEquals(401, response.statusCode(), String.valueOf(header));
            assertEquals("unauthorized\n", response.body());
            assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
        assertTrue(events.recent(10).isEmpty(), "nothing stored from a refused request");
    }

    @Test
    void schemeIsCaseInsensitiveAsHttpSays() throws Exception {
        assertEquals(200, post("bearer " + SECRET, GOLDEN).statusCode());
    }

    @Test
    void undecodableOrIncompleteBodiesAreBadRequests() throws Exception {
        for (var body : List.of("", "{", GOLDEN.substring(0, 40), "[]", "null", "{\"package\":1,\"version\":\"1\"}",
                "{\"version\":\"1\"}", "{\"package\":\"p\"}", "{\"package\":\"p\",\"version\":\"  \"}", "\u00ff\u00fe",
                GOLDEN + "x")) {
            var response = post("Bearer " + SECRET, body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("bad request\n", response.body());
        }
        assertTrue(events.recent(10).isEmpty(), "nothing stored from a refused request");
    }

    @Test
    void bodiesOverTheLimitAre413AndNotStored() throws Exception {
        var padding = "x".repeat(NewVersionRoutes.BODY_LIMIT);
        var body = GOLDEN.replace("/x/base.apk", padding);
        var response = post("Bearer " + SECRET, body);

        assertEquals(413, response.statusCode());
        assertEquals("{\"error\":\"request body over 65536 bytes\"}", response.body());
        assertTrue(events.recent(10).isEmpty());
    }

    @Test
    void aFailingHandlerAnswersHandlerErrorAndTheRetryHandlesIt() throws Exception {
        listenerFails = true;
        var failed = post("Bearer " + SECRET, GOLDEN);
        assertEquals(500, failed.statusCode());
        assertEquals("handler error\n", failed.body());
        assertEquals(1, events.recent(10).size(), "the event is kept");

        listenerFails = false;
        assertEquals(200, post("Bearer " + SECRET, GOLDEN).statusCode());
        assertEquals(1, handled.size());
    }

    @Test
    void noConfiguredSecretRefusesEveryone() throws Exception {
        server.close();
        var intake = new NewVersionIntake(events, List.of(handled::add), Clock.systemUTC());
        server = HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new VerifyInfo("", "", "", ""), timeout -> { }, intake, presented -> false).start();

        var response = post("Bearer ", GOLDEN);
        assertEquals(401, response.statusCode());
        assertEquals("unauthorized\n", response.body());
    }

    @Test
    void aScopedTokenWithTheEventsActionPostsAndAnyOtherGetsThePlainRefusal() throws Exception {
        server.close();
        var intake = new NewVersionIntake(events, List.of(handled::add), Clock.systemUTC());
        var tokens = new ApiTokens(new InMemoryTokenStore(), new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
            }

            @Override
            public List<AuditEntry> recent(int limit) {
                return List.of();
            }
        }, Set.of("web"), Clock.systemUTC());
        var farm = tokens.create("farm", TokenScope.of(List.of("*"), List.of("events")), "api").plain();
        var ci = tokens.create("ci", TokenScope.of(List.of("web"), List.of("deploy", "read")), "api").plain();
        server = HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new VerifyInfo("", "", "", ""), timeout -> { }, intake, presented -> false, tokens::check).start();

        var refused = post("Bearer " + ci, GOLDEN);
        assertEquals(401, refused.statusCode());
        assertEquals("unauthorized\n", refused.body());
        assertEquals(0, handled.size());

        var accepted = post("Bearer " + farm, GOLDEN);
        assertEquals(200, accepted.statusCode());
        assertEquals("", accepted.body());
        assertEquals(1, handled.size());

        tokens.revoke("farm", "api");
        assertEquals("unauthorized\n", post("Bearer " + farm, GOLDEN.replace("1.34", "1.35")).body());
    }
}
