package dev.synckit.agent.http;

import com.fasterxml.jackson.core.JacksonException;
import com.sun.net.httpserver.HttpExchange;
import dev.synckit.agent.pipeline.AgentConfig;
import dev.synckit.agent.run.DeployQueue;
import dev.synckit.agent.run.Deployment;
import dev.synckit.agent.run.DeploymentStore;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.CallbackSignature;
import dev.synckit.contract.agent.DeploymentRequest;
import dev.synckit.contract.agent.SignatureVerifier;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * {@code /v1/deployments}: start (202, queued behind a busy pipeline, idempotent by request id), read, cancel and
 * fetch the whole log. Bearer-authenticated; a request that carries a signature must also carry a valid one.
 */
final class DeploymentsApi {

    static final int MAX_BODY = 64 * 1024;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final AgentConfig config;
    private final DeployQueue queue;
    private final DeploymentStore store;
    private final BearerCheck bearer;
    private final SignatureVerifier signatures;

    DeploymentsApi(AgentConfig config, DeployQueue queue, DeploymentStore store, BearerCheck bearer,
                   SignatureVerifier signatures) {
        this.config = config;
        this.queue = queue;
        this.store = store;
        this.bearer = bearer;
        this.signatures = signatures;
    }

    void handle(HttpExchange exchange, String rest) throws IOException {
        byte[] body;
        try {
            body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw ClientLeft.midRequest(e);
        }
        if (!bearer.allows(exchange.getRequestHeaders().getFirst("Authorization")) || !signedWell(exchange, body)) {
            Answers.jsonError(exchange, 401, "unauthorized");
            return;
        }
        if (body.length > MAX_BODY) {
            Answers.jsonError(exchange, 413, "body over " + MAX_BODY + " bytes");
            return;
        }
        String[] parts = rest.isEmpty() ? new String[0] : rest.substring(1).split("/", -1);
        if (parts.length == 0) {
            if (allow(exchange, "POST")) {
                start(exchange, body);
            }
            return;
        }
        if (!ID.matcher(parts[0]).matches() || parts.length > 2) {
            Answers.jsonError(exchange, 404, "not found");
            return;
        }
        String id = parts[0];
        String action = parts.length == 2 ? parts[1] : "";
        switch (action) {
            case "" -> {
                if (allow(exchange, "GET")) {
                    var state = queue.find(id);
                    if (state.isPresent()) {
                        Answers.json(exchange, 200, state.get());
                    } else {
                        Answers.jsonError(exchange, 404, "unknown deployment");
                    }
                }
            }
            case "cancel" -> {
                if (allow(exchange, "POST")) {
                    cancel(exchange, id);
                }
            }
            case "log" -> {
                if (allow(exchange, "GET")) {
                    log(exchange, id);
                }
            }
            default -> Answers.jsonError(exchange, 404, "not found");
        }
    }

    private void start(HttpExchange exchange, byte[] body) throws IOException {
        DeploymentRequest request;
        try {
            // JSON null reads as no object at all; an empty body is not one either
            request = body.length == 0 ? null : WireJson.mapper().readValue(body, DeploymentRequest.class);
        } catch (JacksonException e) {
            Answers.jsonError(exchange, 400, "body is not a deployment request: " + e.getOriginalMessage());
            return;
        }
        if (request == null) {
            Answers.jsonError(exchange, 400, "body must be a JSON object ({} for the defaults)");
            return;
        }
        var pipeline = config.pipeline(request.pipeline());
        if (pipeline.isEmpty()) {
            Answers.jsonError(exchange, 404, request.pipeline() == null
                    ? "pipeline required: this agent has several" : "unknown pipeline \"" + request.pipeline() + "\"");
            return;
        }
        if (request.callbackUrl() != null && !httpUrl(request.callbackUrl())) {
            Answers.jsonError(exchange, 400, "callbackUrl must be an http or https URL");
            return;
        }
        var submitted = queue.submit(new DeployQueue.Request(pipeline.get(), Deployment.Trigger.API, blank(request.ref()),
                blank(request.requestId()), request.callbackUrl()));
        exchange.getResponseHeaders().set("Location", "/v1/deployments/" + submitted.id());
        Answers.json(exchange, 202, queue.find(submitted.id()).orElseThrow());
    }

    private void cancel(HttpExchange exchange, String id) throws IOException {
        var live = queue.live(id);
        if (live.isPresent() && live.get().cancel()) {
            Answers.json(exchange, 202, live.get().state());
        } else if (queue.find(id).isPresent()) {
            Answers.jsonError(exchange, 409, "deployment already finished");
        } else {
            Answers.jsonError(exchange, 404, "unknown deployment");
        }
    }

    private void log(HttpExchange exchange, String id) throws IOException {
        if (queue.find(id).isEmpty()) {
            Answers.jsonError(exchange, 404, "unknown deployment");
            return;
        }
        var file = store.logFile(id);
        Answers.text(exchange, 200, Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
    }

    private static boolean allow(HttpExchange exchange, String method) throws IOException {
        if (method.equals(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        Answers.jsonError(exchange, 405, "method not allowed");
        return false;
    }

    private boolean signedWell(HttpExchange exchange, byte[] body) {
        var headers = exchange.getRequestHeaders();
        String signature = headers.getFirst(CallbackSignature.SIGNATURE_HEADER);
        return signature == null || signatures.verify(
                headers.getFirst(CallbackSignature.TIMESTAMP_HEADER), signature, body)
                .valid();
    }

    private static boolean httpUrl(String url) {
        try {
            var uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
