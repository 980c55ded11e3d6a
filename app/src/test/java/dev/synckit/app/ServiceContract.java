package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.AppProfile;
import dev.synckit.contract.NewVersionEvent;
import dev.synckit.store.testing.TestDatabase;
import dev.synckit.webhooks.HttpRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as an embedding application runs it, over real HTTP against a real database: the same cases on H2
 * and on PostgreSQL (the subclasses).
 */
abstract class ServiceContract {

    static final String SECRET = "event-secret-for-tests";
    static final String EVENT = "{\"package\":\"com.auxbrain.egginc\",\"version\":\"1.34\",\"apkRef\":\"/x/base.apk\","
            + "\"protoSha\":\"deadbeef\",\"detectedAt\":\"2026-06-10T00:00:00Z\"}";

    @TempDir
    Path dataDir;

    final List<NewVersionEvent> handled = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    volatile boolean handlerFails;
    RunningSyncKit service;

    /** The database under test; the same one across restarts within a test. */
    abstract TestDatabase database();

    RunningSyncKit start() {
        var db = database();
        service = SyncKit.run(AppProfile.builder()
                .name("EggLedger")
                .httpPort(0)
                .dataDir(dataDir)
                .dbUrl(db.jdbcUrl())
                .dbUser(db.user())
                .dbPassword(db.password())
                .eventSecret(SECRET)
                .migrations("classpath:db/embedding")
                .onNewVersion(event -> {
                    if (handlerFails) {
                        throw new IllegalStateException("registry offline");
                    }
                    handled.add(event);
                })
                .extension(new HttpRoutes(rules -> rules.get("/notes", (req, res) -> res.send("notes"))))
                .build());
        return service;
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postEvent(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/events/new-version"))
                .header("Authorization", "Bearer " + SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    List<List<Object>> eventRows() {
        return database().query("SELECT package_name, version, state, attempts FROM new_version_event ORDER BY version");
    }

    @Test
    void answersHealthVerifyAndTheApplicationsRoutes() throws Exception {
        start();
        assertEquals("{\"status\":\"UP\",\"checks\":{\"store\":\"UP\"}}", get("/health").body());

        var verify = get("/verify").body();
        var build = service.build();
        assertEquals("{\"name\":\"EggLedger\",\"sha256\":\"" + build.sha256() + "\",\"version\":\"" + build.version()
                + "\",\"date\":\"" + build.date() + "\"}", verify);
        assertFalse(build.version().isBlank() || build.version().contains("${"), "baked version: " + build.version());
        assertTrue(build.date().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), build.date());
        assertEquals("notes", get("/notes").body());
    }

    @Test
    void anEventIsStoredAndHandledOnceThroughDuplicatesAndRestarts() throws Exception {
        start();
        assertEquals(200, postEvent(EVENT).statusCode());
        assertEquals(200, postEvent(EVENT).statusCode());
        assertEquals(List.of(List.of("com.auxbrain.egginc", "1.34", "HANDLED", 1)), normalized(eventRows()));

        service.close();
        start();
        assertEquals(200, postEvent(EVENT).statusCode());
        assertEquals(1, handled.size(), "handled once across a restart");
        assertEquals("1.34", handled.getFirst().version());
    }

    @Test
    void concurrentDuplicatesAreHandledOnce() throws Exception {
        start();
        var go = new CountDownLatch(1);
        var answers = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return postEvent(EVENT).statusCode();
                }));
            }
            go.countDown();
        }
        for (var answer : answers) {
            assertEquals(200, answer.get());
        }
        assertEquals(1, handled.size());
        assertEquals(1, eventRows().size());
    }

    @Test
    void aFailedHandlerKeepsTheEventAndTheNextPostRetriesIt() throws Exception {
        start();
        handlerFails = true;
        var failed = postEvent(EVENT);
        assertEquals(500, failed.statusCode());
        assertEquals("handler error\n", failed.body());
        assertEquals(List.of(List.of("com.auxbrain.egginc", "1.34", "FAILED", 1)), normalized(eventRows()));

        handlerFails = false;
        assertEquals(200, postEvent(EVENT).statusCode());
        assertEquals(List.of(List.of("com.auxbrain.egginc", "1.34", "HANDLED", 2)), normalized(eventRows()));
        assertEquals(1, handled.size());
    }

    @Test
    void refusedRequestsStoreNothing() throws Exception {
        start();
        var unauthorized = http.send(HttpRequest.newBuilder(uri("/events/new-version"))
                .header("Authorization", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(EVENT)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, unauthorized.statusCode());
        assertEquals(400, postEvent("{\"package\":\"p\"").statusCode());
        assertEquals(413, postEvent(EVENT.replace("/x/base.apk", "y".repeat(70_000))).statusCode());
        assertTrue(eventRows().isEmpty());
        assertTrue(handled.isEmpty());
    }

    @Test
    void theApplicationsMigrationsHaveTheirOwnHistory() throws Exception {
        start();
        database().execute("INSERT INTO app_note (id, body) VALUES (1, 'hello')");
        assertEquals(List.of(List.of(1, "hello")), normalized(database().query("SELECT id, body FROM app_note")));
        assertEquals(List.of(List.of("notes")), database().query(
                "SELECT \"description\" FROM \"app_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE"));
        assertEquals(List.of(List.of("synckit schema")), database().query(
                "SELECT \"description\" FROM \"synckit_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE"));
    }

    @Test
    void stoppingFinishesTheRequestInFlight() throws Exception {
        var entered = new CountDownLatch(1);
        var db = database();
        service = SyncKit.run(AppProfile.builder().httpPort(0).dataDir(dataDir).dbUrl(db.jdbcUrl())
                .dbUser(db.user()).dbPassword(db.password())
                .extension(new HttpRoutes(rules -> rules.get("/slow", (req, res) -> {
                    entered.countDown();
                    Thread.sleep(1_000);
                    res.send("done");
                })))
                .build());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var slow = pool.submit(() -> get("/slow"));
            entered.await();
            service.close();
            var answer = slow.get();
            assertEquals(200, answer.statusCode());
            assertEquals("done", answer.body());
        }
    }

    /** Database drivers answer numbers as Integer or Long and text in its stored case; compare as the user reads. */
    static List<List<Object>> normalized(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream()
                .map(value -> value instanceof Number n ? (Object) n.intValue() : value)
                .toList()).toList();
    }
}
