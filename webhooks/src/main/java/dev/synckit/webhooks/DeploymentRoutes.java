package dev.synckit.webhooks;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.core.deployment.DeploymentService;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * The deployments API under {@code /api/v1}: request (202 and a {@code Location} to poll), read, list newest
 * first, cancel, confirm, read the full log, roll a target back. Bearer {@code SYNCKIT_API_TOKEN}.
 */
final class DeploymentRoutes implements HttpService {

    static final int BODY_LIMIT = 16 * 1024;
    private static final ListLimit LIMIT = new ListLimit(20, 100);
    private static final String API_ACTOR = "api";

    private final DeploymentService deployments;
    private final TokenCheck apiToken;

    DeploymentRoutes(DeploymentService deployments, TokenCheck apiToken) {
        this.deployments = deployments;
        this.apiToken = apiToken;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/api/v1/deployments", authorized(this::request))
                .get("/api/v1/deployments", authorized(this::list))
                .any("/api/v1/deployments", MethodNotAllowed.of("GET, POST"))
                .get("/api/v1/deployments/{id}", authorized(this::read))
                .any("/api/v1/deployments/{id}", MethodNotAllowed.ALLOW_GET)
                .get("/api/v1/deployments/{id}/log", authorized(this::log))
                .any("/api/v1/deployments/{id}/log", MethodNotAllowed.ALLOW_GET)
                .post("/api/v1/deployments/{id}/cancel", authorized((req, res) -> act(req, res, Action.CANCEL)))
                .any("/api/v1/deployments/{id}/cancel", MethodNotAllowed.ALLOW_POST)
                .post("/api/v1/deployments/{id}/confirm", authorized((req, res) -> act(req, res, Action.CONFIRM)))
                .any("/api/v1/deployments/{id}/confirm", MethodNotAllowed.ALLOW_POST)
                .post("/api/v1/targets/{target}/rollback", authorized(this::rollback))
                .any("/api/v1/targets/{target}/rollback", MethodNotAllowed.ALLOW_POST);
    }

    private Handler authorized(Handler handler) {
        return BearerToken.required(apiToken, handler);
    }

    private void request(ServerRequest req, ServerResponse res) {
        var body = RequestBodies.read(req, res, BODY_LIMIT, RequestBody.class);
        if (body.isEmpty()) {
            return;
        }
        var target = Optional.ofNullable(body.get().target()).orElse("default");
        var ref = Optional.ofNullable(body.get().ref()).filter(text -> !text.isBlank());
        var confirm = Boolean.TRUE.equals(body.get().confirm());
        answer(res, () -> deployments.request(new DeployRequest(target, ref, API_ACTOR, body.get().reason(), confirm)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var query = req.query();
        var target = query.first("target").asOptional().filter(text -> !text.isBlank());
        var limit = LIMIT.read(req, res);
        if (limit.isEmpty()) {
            return;
        }
        if (target.isPresent() && !deployments.knowsTarget(target.get())) {
            Replies.error(res, Status.NOT_FOUND_404, "no target named " + target.get());
            return;
        }
        Replies.json(res, Status.OK_200, deployments.recent(target, limit.get()).stream().map(DeploymentView::of).toList());
    }

    private void read(ServerRequest req, ServerResponse res) {
        id(req, res).ifPresent(id -> deployments.find(id).ifPresentOrElse(
                deployment -> Replies.json(res, Status.OK_200, DeploymentView.of(deployment)),
                () -> Replies.error(res, Status.NOT_FOUND_404, "no deployment " + id)));
    }

    private void log(ServerRequest req, ServerResponse res) {
        id(req, res).ifPresent(id -> {
            if (deployments.find(id).isEmpty()) {
                Replies.error(res, Status.NOT_FOUND_404, "no deployment " + id);
                return;
            }
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            res.send(String.join("", deployments.output(id)));
        });
    }

    private void act(ServerRequest req, ServerResponse res, Action action) {
        id(req, res).ifPresent(id -> answer(res, () -> switch (action) {
            case CANCEL -> deployments.cancel(id, API_ACTOR);
            case CONFIRM -> deployments.confirm(id, API_ACTOR);
        }));
    }

    private void rollback(ServerRequest req, ServerResponse res) {
        var target = req.path().pathParameters().get("target");
        answer(res, () -> deployments.rollback(target, API_ACTOR, ""));
    }

    private static Optional<DeploymentId> id(ServerRequest req, ServerResponse res) {
        var text = req.path().pathParameters().get("id");
        try {
            return Optional.of(DeploymentId.parse(text));
        } catch (IllegalArgumentException e) {
            Replies.error(res, Status.NOT_FOUND_404, "no deployment " + text);
            return Optional.empty();
        }
    }

    /** 202 with the deployment and where to poll it, or the refusal with its status. */
    private static void answer(ServerResponse res, Work work) {
        try {
            var deployment = work.run();
            res.header(HeaderNames.LOCATION, "/api/v1/deployments/" + deployment.id());
            Replies.json(res, Status.ACCEPTED_202, DeploymentView.of(deployment));
        } catch (DeploymentRefusedException e) {
            Replies.error(res, Refusals.status(e.reason()), e.getMessage());
        }
    }

    private enum Action { CANCEL, CONFIRM }

    @FunctionalInterface
    private interface Work {
        dev.synckit.core.deployment.Deployment run() throws DeploymentRefusedException;
    }

    /** {@code {"target":"default","ref":null,"reason":"…","confirm":false}}; every field optional. */
    record RequestBody(String target, String ref, String reason, Boolean confirm) {
    }
}
