package dev.synckit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.VerifyInfo;
import dev.synckit.contract.WireJson;
import dev.synckit.core.agent.AgentPort;
import dev.synckit.core.deployment.DeployQueue;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.deployment.ProgressIntake;
import dev.synckit.core.deployment.Transitions;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.login.LoginFlow;
import dev.synckit.core.login.Sessions;
import dev.synckit.core.people.People;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.store.Store;
import dev.synckit.store.StoreBackup;
import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.webhooks.oauth.DiscordEndpoints;
import dev.synckit.webhooks.oauth.DiscordOAuthClient;
import dev.synckit.webhooks.testing.RecordedRoutes;
import dev.synckit.webhooks.testing.RecordedRoutes.Route;
import dev.synckit.webhooks.testing.ServedOpenApi;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /openapi.yaml} from a surface with every part synckit serves (a real H2 store behind it): the document
 * is OpenAPI 3.1, every route the surface registers is in it, every operation in it is served over real HTTP —
 * none meets the 404 of an unknown path, nor a 405 — and the operator's answers have the statuses, content types and
 * shapes it gives them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final Pattern STATUS = Pattern.compile("[1-5](\\d\\d|XX)|default");
    /** Served only in playground mode, by the app: the app's test of the running playground probes them. */
    private static final String PLAYGROUND = "playground";

    private final HttpClient http = HttpClient.newHttpClient();
    private H2TestDatabase database;
    private Store store;
    private DeployQueue queue;
    private HttpSurface surface;
    private HttpSurface.Running server;
    private ServedOpenApi served;
    private JsonNode document;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        database = new H2TestDatabase(dir);
        var connection = database.connection();
        store = Store.open(connection);
        var clock = Clock.systemUTC();
        // a target that waits for a confirmation: a deployment requested here is never run, so no agent is called
        Map<String, TargetSettings> targets = Map.of("web", new TargetSettings("web", URI.create("http://127.0.0.1:9/"),
                Secret.of("agent-secret"), Optional.empty(), true, NewVersionPolicy.ANNOUNCE, List.of()));
        var transitions = new Transitions(store.deployments());
        var agent = mock(AgentPort.class);
        queue = new DeployQueue(targets, store.deployments(), transitions, store.locks(), agent,
                id -> URI.create("http://127.0.0.1:9/"), clock);
        var deployments = new DeploymentService(targets, store.deployments(), transitions, store.locks(),
                store.audit(), agent, queue, clock);
        var tokens = new ApiTokens(store.tokens(), store.audit(), targets.keySet(), clock);
        var sessions = new Sessions(store.sessions(), Duration.ofMinutes(30), Duration.ofHours(8), clock);
        var discord = URI.create("http://127.0.0.1:9/");
        var login = new LoginFlow(new DiscordOAuthClient(new DiscordEndpoints("1", Secret.of("client-secret"),
                () -> discord, discord, discord, discord, Optional.empty(), Secret.of("bot"), Duration.ofSeconds(1))),
                store.loginAttempts(), sessions, Set.of(), clock);
        surface = HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                        new VerifyInfo("synckit", "ab", "v1", "d"), store.health(),
                        new NewVersionIntake(store.events(), List.of(), clock), "event-secret"::equals, tokens::check)
                .withDeployments(deployments, new TargetLocks(targets.keySet(), store.locks(), store.audit(), clock,
                                target -> { }), new ProgressIntake(targets, store.deployments(), transitions, clock),
                        "api-token"::equals, Map::of, new People(store.people(), clock))
                .withAudit(store.audit())
                .withBackups(new StoreBackup(connection, clock).snapshot("v1"), clock)
                .withTokens(tokens)
                .withLogin(Optional.of(login), sessions, () -> URI.create("http://127.0.0.1:" + server.port()));
        server = surface.start();
        served = ServedOpenApi.of(URI.create("http://127.0.0.1:" + server.port()));
        document = served.document();
    }

    @AfterAll
    void stop() {
        server.close();
        queue.close();
        store.close();
    }

    @Test
    void theDocumentIsServedWithoutAuthenticationAsYaml() {
        assertEquals(200, served.answer().statusCode());
        assertEquals("application/yaml", served.answer().headers().firstValue("Content-Type").orElseThrow());
        assertTrue(document.path("openapi").asText().matches("3\\.1\\.\\d+"), document.path("openapi").asText());
        assertFalse(document.path("info").path("title").asText().isBlank());
        assertFalse(document.path("info").path("version").asText().isBlank());
    }

    @Test
    void everyOperationHasResponsesAndDeclaresItsPathParameters() {
        var faults = new ArrayList<String>();
        var operationIds = new HashSet<String>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(entry -> ServedOpenApi.METHODS.contains(entry.getKey()))
                .forEach(entry -> {
                    var where = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    var operation = entry.getValue();
                    if (!operationIds.add(operation.path("operationId").asText())) {
                        faults.add(where + ": operationId missing or repeated");
                    }
                    var responses = operation.path("responses");
                    if (responses.isEmpty()) {
                        faults.add(where + ": no responses");
                    }
                    responses.properties().forEach(response -> {
                        if (!STATUS.matcher(response.getKey()).matches()) {
                            faults.add(where + ": " + response.getKey() + " is not a status");
                        }
                        if (!resolve(response.getValue()).hasNonNull("description")) {
                            faults.add(where + " " + response.getKey() + ": no description");
                        }
                    });
                    var declared = new HashSet<String>();
                    operation.path("parameters").forEach(parameter -> {
                        var resolved = resolve(parameter);
                        if (resolved.path("in").asText().equals("path") && resolved.path("required").asBoolean()) {
                            declared.add(resolved.path("name").asText());
                        }
                    });
                    ServedOpenApi.TEMPLATE.matcher(path.getKey()).results().map(match -> match.group(1))
                            .filter(name -> !declared.contains(name))
                            .forEach(name -> faults.add(where + ": path parameter " + name + " not declared"));
                    operation.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(
                            scheme -> {
                                if (!document.path("components").path("securitySchemes").has(scheme)) {
                                    faults.add(where + ": unknown security scheme " + scheme);
                                }
                            }));
                }));
        assertEquals(List.of(), faults);
    }

    @Test
    void everyReferenceResolves() {
        var unresolved = new TreeSet<String>();
        collectReferences(document, unresolved);
        unresolved.removeIf(reference -> !document.at(reference.substring(1)).isMissingNode());
        assertEquals(Set.of(), unresolved);
    }

    @Test
    void everyRouteTheSurfaceRegistersIsDocumentedAndEveryOperationRegistered() {
        var recorded = new RecordedRoutes();
        surface.register(recorded);
        var registered = recorded.routes();
        var documented = surfaceOperations().stream().map(operation -> new Route(operation.method(),
                operation.path())).toList();
        var paths = documented.stream().map(Route::path).collect(Collectors.toSet());

        var undocumented = registered.stream()
                .filter(route -> route.method().equals(RecordedRoutes.ANY) ? !paths.contains(route.path())
                        : !documented.contains(route))
                .toList();
        assertEquals(List.of(), undocumented);

        var unregistered = new TreeSet<String>();
        documented.stream().filter(route -> !registered.contains(route))
                .forEach(route -> unregistered.add(route.method() + " " + route.path()));
        assertEquals(Set.of(), unregistered);
    }

    @Test
    void everyDocumentedOperationIsServed() throws Exception {
        assertFalse(surfaceOperations().isEmpty());
        assertEquals(List.of(), served.unserved(operation -> !operation.tagged(PLAYGROUND)));
    }

    @Test
    void thePlaygroundsOperationsAreItsOwnPaths() {
        var playground = served.operations().stream().filter(operation -> operation.tagged(PLAYGROUND)).toList();
        assertFalse(playground.isEmpty());
        assertEquals(List.of(), playground.stream()
                .filter(operation -> !operation.path().equals("/playground")
                        && !operation.path().startsWith("/playground/"))
                .toList());
    }

    @Test
    void everyAnswerHasADocumentedStatusAndTheShapeTheDocumentGivesIt() throws Exception {
        var faults = new ArrayList<String>();
        faults.addAll(answer("GET", "/health", "/health", null));
        faults.addAll(answer("GET", "/verify", "/verify", null));
        faults.addAll(answer("GET", "/api/v1/verify", "/api/v1/verify", null));
        faults.addAll(answer("POST", "/events/new-version", "/events/new-version", "{}"));
        faults.addAll(answer("POST", "/api/v1/tokens", "/api/v1/tokens",
                "{\"name\":\"ci\",\"targets\":[\"web\"],\"actions\":[\"read\",\"deploy\"]}"));
        faults.addAll(answer("GET", "/api/v1/tokens", "/api/v1/tokens", null));
        var lock = "/api/v1/targets/{target}/lock";
        faults.addAll(answer("PUT", lock, "/api/v1/targets/web/lock", "{\"holder\":\"alice\",\"reason\":\"db\"}"));
        faults.addAll(answer("PUT", lock, "/api/v1/targets/web/lock", "{\"holder\":\"bob\"}"));
        faults.addAll(answer("GET", "/api/v1/locks", "/api/v1/locks", null));
        faults.addAll(answer("GET", "/api/v1/targets", "/api/v1/targets", null));
        faults.addAll(answer("DELETE", lock, "/api/v1/targets/web/lock", null));
        faults.addAll(answer("DELETE", lock, "/api/v1/targets/web/lock", null));
        faults.addAll(answer("POST", "/api/v1/deployments", "/api/v1/deployments", "{\"target\":\"nowhere\"}"));
        faults.addAll(answer("POST", "/api/v1/deployments", "/api/v1/deployments", "{\"target\":\"web\"}"));
        var id = send("GET", "/api/v1/deployments?target=web").path(0).path("id").asText();
        faults.addAll(answer("GET", "/api/v1/deployments", "/api/v1/deployments", null));
        faults.addAll(answer("GET", "/api/v1/deployments", "/api/v1/deployments?limit=0", null));
        faults.addAll(answer("GET", "/api/v1/deployments/{id}", "/api/v1/deployments/" + id, null));
        faults.addAll(answer("GET", "/api/v1/deployments/{id}/log", "/api/v1/deployments/" + id + "/log", null));
        faults.addAll(answer("POST", "/api/v1/deployments/{id}/cancel", "/api/v1/deployments/" + id + "/cancel",
                null));
        faults.addAll(answer("GET", "/api/v1/deployments/{id}", "/api/v1/deployments/nothing", null));
        faults.addAll(answer("GET", "/api/v1/audit", "/api/v1/audit", null));
        faults.addAll(answer("DELETE", "/api/v1/tokens/{token}", "/api/v1/tokens/ci", null));
        faults.addAll(answer("GET", "/auth/me", "/auth/me", null));
        faults.addAll(answer("POST", "/api/v1/agent-callbacks/{id}", "/api/v1/agent-callbacks/" + id, "{}"));
        assertEquals(List.of(), faults);
    }

    /**
     * Sends a request with the operator's token and answers what of the answer the document does not say: a status
     * not among the operation's responses, a content type not among the response's, or a JSON body of another shape.
     */
    private List<String> answer(String method, String template, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer api-token")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        var where = method + " " + path + " " + answer.statusCode();
        var response = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT))
                .path("responses").path(Integer.toString(answer.statusCode()));
        if (response.isMissingNode()) {
            return List.of(where + ": status not documented (" + answer.body() + ")");
        }
        var content = resolve(response).path("content");
        var type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0];
        if (content.isEmpty() && answer.body().isEmpty()) {
            return List.of();
        }
        if (!content.has(type)) {
            return List.of(where + ": " + type + " where the document says " + content.properties().stream()
                    .map(Map.Entry::getKey).toList());
        }
        var schema = content.path(type).path("schema");
        return type.equals("application/json")
                ? new DocumentedShape(document).faults(WireJson.mapper().readTree(answer.body()), schema, where)
                : List.of();
    }

    private JsonNode send(String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer api-token")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return WireJson.mapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The operations this surface serves: all but the playground's. */
    private List<ServedOpenApi.Operation> surfaceOperations() {
        return served.operations().stream().filter(operation -> !operation.tagged(PLAYGROUND)).toList();
    }

    /** A node, or what its {@code $ref} points at. */
    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
