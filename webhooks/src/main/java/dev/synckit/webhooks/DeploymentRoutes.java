package dev.synckit.webhooks;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.people.People;
import dev.synckit.core.token.TokenAction;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deployments API under {@code /api/v1}: request (202 and a {@code Location} to poll), read, list newest
 * first, cancel, confirm, read the full log, roll a target back. Bearer {@code SYNCKIT_API_TOKEN}, or a scoped
 * token: {@code read} for reading, {@code deploy} for the rest, each on the token's targets only. A deployment of a
 * target the token does not cover answers 404 like a missing one, so that a token learns nothing of other targets;
 * a covered target without the action answers 403.
 */
final class DeploymentRoutes implements HttpService {

    static final int BODY_LIMIT = 16 * 1024;
    private static final ListLimit LIMIT = new ListLimit(20, 100);

    private final DeploymentService deployments;
    private final ApiGuard guard;
    private final People people;

    DeploymentRoutes(DeploymentService deployments, ApiGuard guard, People people) {
        this.deployments = deployments;
        this.guard = guard;
        this.people = people;
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
                .post("/api/v1/deployments/{id}/cancel", authorized((req, res, caller) -> act(req, res, caller,
                        Action.CANCEL)))
                .any("/api/v1/deployments/{id}/cancel", MethodNotAllowed.ALLOW_POST)
                .post("/api/v1/deployments/{id}/confirm", authorized((req, res, caller) -> act(req, res, caller,
                        Action.CONFIRM)))
                .any("/api/v1/deployments/{id}/confirm", MethodNotAllowed.ALLOW_POST)
                .post("/api/v1/targets/{target}/rollback", authorized(this::rollback))
                .any("/api/v1/targets/{target}/rollback", MethodNotAllowed.ALLOW_POST);
    }

    private Handler authorized(ApiGuard.CallerHandler handler) {
        return guard.required(handler);
    }

    private void request(ServerRequest req, ServerResponse res, Caller caller) {
        var body = RequestBodies.read(req, res, BODY_LIMIT, RequestBody.class);
        if (body.isEmpty() || RequestBodies.refusedForControlCharacters(res, "target", body.get().target(), "ref",
                body.get().ref(), "reason", body.get().reason())) {
            return;
        }
        var target = Optional.ofNullable(body.get().target()).orElse("default");
        if (refused(res, caller, TokenAction.DEPLOY, target)) {
            return;
        }
        var ref = Optional.ofNullable(body.get().ref()).filter(text -> !text.isBlank());
        var confirm = Boolean.TRUE.equals(body.get().confirm());
        answer(res, () -> deployments.request(new DeployRequest(target, ref, caller.actor(), body.get().reason(),
                confirm)));
    }

    private void list(ServerRequest req, ServerResponse res, Caller caller) {
        var query = req.query();
        var target = query.first("target").asOptional().filter(text -> !text.isBlank());
        var limit = LIMIT.read(req, res);
        if (limit.isEmpty()) {
            return;
        }
        if (target.isPresent() && refused(res, caller, TokenAction.READ, target.get())) {
            return;
        }
        if (target.isPresent() && !deployments.knowsTarget(target.get())) {
            Replies.error(res, Status.NOT_FOUND_404, "no target named " + target.get());
            return;
        }
        if (!caller.mayAtAll(TokenAction.READ)) {
            Replies.error(res, Status.FORBIDDEN_403, caller.who() + " may not read deployments");
            return;
        }
        var found = recent(caller, target, limit.get());
        var names = people.namesOf(found.stream().map(Deployment::requestedBy).toList());
        Replies.json(res, Status.OK_200, found.stream().map(deployment -> DeploymentView.of(deployment, names)).toList());
    }

    /** The newest deployments the caller may read: a scoped token's targets are read one by one and merged. */
    private List<Deployment> recent(Caller caller, Optional<String> target, int limit) {
        if (target.isPresent() || !(caller instanceof Caller.Scoped scoped) || scoped.token().scope().allTargets()) {
            return deployments.recent(target, limit);
        }
        return scoped.token().scope().targets().stream()
                .flatMap(name -> deployments.recent(Optional.of(name), limit).stream())
                .sorted(Comparator.comparing(Deployment::createdAt).reversed())
                .limit(limit)
                .toList();
    }

    private void read(ServerRequest req, ServerResponse res, Caller caller) {
        visible(req, res, caller, TokenAction.READ).ifPresent(deployment ->
                Replies.json(res, Status.OK_200, view(deployment)));
    }

    private void log(ServerRequest req, ServerResponse res, Caller caller) {
        visible(req, res, caller, TokenAction.READ).ifPresent(deployment -> {
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            res.send(deployments.log(deployment.id()));
        });
    }

    private void act(ServerRequest req, ServerResponse res, Caller caller, Action action) {
        var id = caller instanceof Caller.Operator ? id(req, res)
                : visible(req, res, caller, TokenAction.DEPLOY).map(Deployment::id);
        id.ifPresent(found -> answer(res, () -> switch (action) {
            case CANCEL -> deployments.cancel(found, caller.actor());
            case CONFIRM -> deployments.confirm(found, caller.actor());
        }));
    }

    private void rollback(ServerRequest req, ServerResponse res, Caller caller) {
        var target = req.path().pathParameters().get("target");
        if (!refused(res, caller, TokenAction.DEPLOY, target)) {
            answer(res, () -> deployments.rollback(target, caller.actor(), ""));
        }
    }

    /**
     * The deployment named in the path when the caller may do {@code action} on it; else the 404 (unknown, or a
     * target the caller does not cover) or 403 is sent and the answer is empty.
     */
    private Optional<Deployment> visible(ServerRequest req, ServerResponse res, Caller caller, TokenAction action) {
        var id = id(req, res);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var deployment = deployments.find(id.get()).filter(found -> caller.sees(found.target()));
        if (deployment.isEmpty()) {
            Replies.error(res, Status.NOT_FOUND_404, "no deployment " + id.get());
            return Optional.empty();
        }
        return refused(res, caller, action, deployment.get().target()) ? Optional.empty() : deployment;
    }

    /** Sends the 403 and answers true when the caller may not do {@code action} on {@code target}. */
    static boolean refused(ServerResponse res, Caller caller, TokenAction action, String target) {
        if (caller.may(action, target)) {
            return false;
        }
        Replies.error(res, Status.FORBIDDEN_403, caller.refusal(action, target));
        return true;
    }

    private DeploymentView view(Deployment deployment) {
        return DeploymentView.of(deployment, people.namesOf(List.of(deployment.requestedBy())));
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
    private void answer(ServerResponse res, Work work) {
        try {
            var deployment = work.run();
            res.header(HeaderNames.LOCATION, "/api/v1/deployments/" + deployment.id());
            Replies.json(res, Status.ACCEPTED_202, view(deployment));
        } catch (DeploymentRefusedException e) {
            Replies.error(res, Refusals.status(e.reason()), e.getMessage());
        }
    }

    private enum Action { CANCEL, CONFIRM }

    @FunctionalInterface
    private interface Work {
        Deployment run() throws DeploymentRefusedException;
    }

    /** {@code {"target":"default","ref":null,"reason":"…","confirm":false}}; every field optional. */
    record RequestBody(String target, String ref, String reason, Boolean confirm) {
    }
}
