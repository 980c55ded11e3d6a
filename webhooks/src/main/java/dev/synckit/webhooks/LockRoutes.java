package dev.synckit.webhooks;

import dev.synckit.core.lock.TargetLock;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.people.People;
import dev.synckit.core.token.TokenAction;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * Target locks over the API (bearer {@code SYNCKIT_API_TOKEN}, or a scoped token: {@code read} lists the locks of
 * its targets, {@code deploy} takes and releases them): list them, take one with who and why, release one. A token
 * is trusted as a maintainer of the targets it may deploy: it may release anyone's lock on them.
 */
final class LockRoutes implements HttpService {

    private final TargetLocks locks;
    private final ApiGuard guard;
    private final People people;

    LockRoutes(TargetLocks locks, ApiGuard guard, People people) {
        this.locks = locks;
        this.guard = guard;
        this.people = people;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/locks", guard.required(this::list))
                .any("/api/v1/locks", MethodNotAllowed.ALLOW_GET)
                .put("/api/v1/targets/{target}/lock", guard.required(this::lock))
                .delete("/api/v1/targets/{target}/lock", guard.required(this::unlock))
                .any("/api/v1/targets/{target}/lock", MethodNotAllowed.of("PUT, DELETE"));
    }

    private void list(ServerRequest req, ServerResponse res, Caller caller) {
        if (!caller.mayAtAll(TokenAction.READ)) {
            Replies.error(res, Status.FORBIDDEN_403, caller.who() + " may not read locks");
            return;
        }
        Replies.json(res, Status.OK_200, LockView.all(locks.all().stream()
                .filter(lock -> caller.may(TokenAction.READ, lock.target())).toList(), people));
    }

    private void lock(ServerRequest req, ServerResponse res, Caller caller) {
        if (DeploymentRoutes.refused(res, caller, TokenAction.DEPLOY, req.path().pathParameters().get("target"))) {
            return;
        }
        var body = RequestBodies.read(req, res, DeploymentRoutes.BODY_LIMIT, LockBody.class);
        if (body.isEmpty() || RequestBodies.refusedForControlCharacters(res, "holder", body.get().holder(), "reason",
                body.get().reason())) {
            return;
        }
        if (body.get().holder() == null || body.get().holder().isBlank()) {
            Replies.error(res, Status.BAD_REQUEST_400, "holder is required: who takes the lock");
            return;
        }
        answer(res, locks.lock(req.path().pathParameters().get("target"), body.get().holder(),
                body.get().reason()));
    }

    private void unlock(ServerRequest req, ServerResponse res, Caller caller) {
        var target = req.path().pathParameters().get("target");
        if (!DeploymentRoutes.refused(res, caller, TokenAction.DEPLOY, target)) {
            answer(res, locks.unlock(target, caller.actor(), true));
        }
    }

    private void answer(ServerResponse res, TargetLocks.Result result) {
        switch (result) {
            case TargetLocks.Result.Locked locked -> Replies.json(res, Status.CREATED_201,
                    LockView.all(List.of(locked.lock()), people).getFirst());
            case TargetLocks.Result.Released released -> Replies.json(res, Status.OK_200,
                    LockView.all(List.of(released.lock()), people).getFirst());
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

    /** A lock as the API shows it: the holder as recorded (a Discord id, a name) and their name beside it. */
    record LockView(String target, String holder, String holderName, String reason, String since) {

        /** The views of {@code held}, with one read of the people's names. */
        static List<LockView> all(List<TargetLock> held, People people) {
            var names = people.namesOf(held.stream().map(TargetLock::holder).toList());
            return held.stream().map(lock -> new LockView(lock.target(), lock.holder(),
                    names.of(lock.holder()).orElse(null), lock.reason(), lock.since().toString())).toList();
        }
    }
}
