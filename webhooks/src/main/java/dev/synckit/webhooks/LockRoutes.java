package dev.synckit.webhooks;

import dev.synckit.core.lock.TargetLock;
import dev.synckit.core.lock.TargetLocks;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Target locks over the API (bearer {@code SYNCKIT_API_TOKEN}): list them, take one with who and why, release one.
 * The API token is trusted as a maintainer: it may release anyone's lock.
 */
final class LockRoutes implements HttpService {

    private final TargetLocks locks;
    private final TokenCheck apiToken;

    LockRoutes(TargetLocks locks, TokenCheck apiToken) {
        this.locks = locks;
        this.apiToken = apiToken;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/locks", BearerToken.required(apiToken, (req, res) ->
                        Replies.json(res, Status.OK_200, locks.all().stream().map(LockView::of).toList())))
                .any("/api/v1/locks", MethodNotAllowed.ALLOW_GET)
                .put("/api/v1/targets/{target}/lock", BearerToken.required(apiToken, this::lock))
                .delete("/api/v1/targets/{target}/lock", BearerToken.required(apiToken, this::unlock))
                .any("/api/v1/targets/{target}/lock", MethodNotAllowed.of("PUT, DELETE"));
    }

    private void lock(ServerRequest req, ServerResponse res) {
        var body = RequestBodies.read(req, res, DeploymentRoutes.BODY_LIMIT, LockBody.class);
        if (body.isEmpty()) {
            return;
        }
        if (body.get().holder() == null || body.get().holder().isBlank()) {
            Replies.error(res, Status.BAD_REQUEST_400, "holder is required: who takes the lock");
            return;
        }
        answer(res, locks.lock(req.path().pathParameters().get("target"), body.get().holder(),
                body.get().reason()));
    }

    private void unlock(ServerRequest req, ServerResponse res) {
        answer(res, locks.unlock(req.path().pathParameters().get("target"), "api", true));
    }

    private static void answer(ServerResponse res, TargetLocks.Result result) {
        switch (result) {
            case TargetLocks.Result.Locked locked -> Replies.json(res, Status.CREATED_201, LockView.of(locked.lock()));
            case TargetLocks.Result.Released released -> Replies.json(res, Status.OK_200,
                    LockView.of(released.lock()));
            case TargetLocks.Result.HeldBy held -> Replies.error(res, Status.CONFLICT_409,
                    "target " + held.lock().target() + " is locked by " + held.lock().holder()
                            + (held.lock().reason().isBlank() ? "" : ": " + held.lock().reason()));
            case TargetLocks.Result.NotLocked none -> Replies.error(res, Status.NOT_FOUND_404,
                    "target " + none.target() + " is not locked");
            case TargetLocks.Result.UnknownTarget unknown -> Replies.error(res, Status.NOT_FOUND_404,
                    "no target named " + unknown.target());
        }
    }

    /** {@code {"holder":"alice","reason":"migrating the database"}}. */
    record LockBody(String holder, String reason) {
    }

    /** A lock as the API shows it. */
    record LockView(String target, String holder, String reason, String since) {

        static LockView of(TargetLock lock) {
            return new LockView(lock.target(), lock.holder(), lock.reason(), lock.since().toString());
        }
    }
}
