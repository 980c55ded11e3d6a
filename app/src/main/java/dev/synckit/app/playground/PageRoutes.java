package dev.synckit.app.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.webhooks.HttpRoutes;
import dev.synckit.webhooks.WebAssets;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /playground}: the page, and under {@code /playground/api/} what it does — each route forwards to one
 * emulator control route (ids checked to be snowflakes, so nothing else of the emulator is reachable), plus the
 * session the page starts from and the "New version" button.
 */
final class PageRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PageRoutes.class);
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,19}");
    private static final int BODY_LIMIT = 16 * 1024;

    private final WebAssets files;
    private final EmulatorProxy emulator;
    private final NewVersionButton newVersion;
    private final ObjectNode session;

    PageRoutes(WebAssets files, EmulatorProxy emulator, NewVersionButton newVersion, ObjectNode session) {
        this.files = files;
        this.emulator = emulator;
        this.newVersion = newVersion;
        this.session = session.deepCopy();
    }

    /** The page's files, read from the jar once: no build step, nothing fetched from elsewhere (it works offline). */
    static WebAssets files() {
        return WebAssets.load("dev/synckit/app/playground",
                List.of("index.html", "playground.css", "render.js", "playground.js"));
    }

    HttpRoutes routes() {
        return new HttpRoutes(this::register);
    }

    private void register(HttpRules rules) {
        rules.get("/playground", (req, res) -> files.send("index.html", req, res))
                .get("/playground/files/{name}", (req, res) -> files.send(req.path().pathParameters().get("name"), req, res))
                .get("/playground/api/session", (req, res) -> json(res, 200, bytes(session)))
                .get("/playground/api/revision", this::revision)
                .get("/playground/api/commands", (req, res) -> forward(res, "GET", "commands", null))
                .get("/playground/api/channels/{id}/messages", (req, res) -> snowflake(req, res, "id")
                        .ifPresent(id -> forward(res, "GET", "channels/" + id + "/messages", null)))
                .get("/playground/api/interactions/{id}", (req, res) -> snowflake(req, res, "id")
                        .ifPresent(id -> forward(res, "GET", "interactions/" + id, null)))
                .get("/playground/api/attachments/{id}", (req, res) -> snowflake(req, res, "id")
                        .ifPresent(id -> download(res, emulator.forward("GET", "attachments/" + id, null))))
                .post("/playground/api/interactions/commands", (req, res) -> withBody(req, res,
                        body -> forward(res, "POST", "interactions/commands", body)))
                .post("/playground/api/interactions/buttons", (req, res) -> withBody(req, res,
                        body -> forward(res, "POST", "interactions/buttons", body)))
                .post("/playground/api/new-version", this::newVersion);
    }

    private void revision(ServerRequest req, ServerResponse res) {
        var after = req.query().first("after").asOptional().orElse("-1");
        var wait = req.query().first("wait_ms").asOptional().orElse("0");
        if (!NUMBER.matcher(after).matches() || !NUMBER.matcher(wait).matches()) {
            json(res, 400, "{\"message\":\"after and wait_ms must be whole numbers\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        forward(res, "GET", "revision?after=" + after + "&wait_ms=" + wait, null);
    }

    private void newVersion(ServerRequest req, ServerResponse res) {
        try {
            json(res, 200, bytes(newVersion.press(req.localPeer().address())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the playground's new version failed: {}", e.getMessage());
            json(res, 500, bytes(WireJson.mapper().createObjectNode().put("message", e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(res, 503, "{\"message\":\"interrupted\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void forward(ServerResponse res, String method, String path, byte[] body) {
        var answer = emulator.forward(method, path, body);
        res.status(Status.create(answer.status()));
        res.header(HeaderNames.CONTENT_TYPE, answer.contentType());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(answer.body());
    }

    /** A file the bot attached is only ever downloaded: never shown as a page of this origin, whatever it holds. */
    private static void download(ServerResponse res, EmulatorProxy.Answer answer) {
        res.status(Status.create(answer.status()));
        res.header(HeaderNames.CONTENT_TYPE, answer.status() == 200 ? "application/octet-stream" : "application/json");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment");
        res.header("X-Content-Type-Options", "nosniff");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(answer.body());
    }

    private static Optional<String> snowflake(ServerRequest req, ServerResponse res, String name) {
        var value = req.path().pathParameters().get(name);
        if (SNOWFLAKE.matcher(value).matches()) {
            return Optional.of(value);
        }
        json(res, 404, "{\"message\":\"not a snowflake\"}".getBytes(StandardCharsets.UTF_8));
        return Optional.empty();
    }

    private static void withBody(ServerRequest req, ServerResponse res, java.util.function.Consumer<byte[]> then) {
        try (var in = req.content().inputStream()) {
            var body = in.readNBytes(BODY_LIMIT + 1);
            if (body.length > BODY_LIMIT) {
                json(res, 413, "{\"message\":\"request body over 16 KiB\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            then.accept(body);
        } catch (IOException e) {
            json(res, 400, "{\"message\":\"request body unreadable\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void json(ServerResponse res, int status, byte[] body) {
        res.status(Status.create(status));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(body);
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return WireJson.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
