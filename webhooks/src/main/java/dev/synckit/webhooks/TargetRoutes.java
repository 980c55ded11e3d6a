package dev.synckit.webhooks;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.deployment.TargetOverview;
import dev.synckit.core.lock.TargetLock;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.people.People;
import dev.synckit.core.token.TokenAction;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/targets}: every target with the revision it runs and since when, its newest deployment, its
 * lock and its agent's circuit breaker — what the dashboard's target cards show. A scoped token with {@code read}
 * sees its own targets.
 */
final class TargetRoutes implements HttpService {

    private final DeploymentService deployments;
    private final TargetLocks locks;
    private final Supplier<Map<String, String>> agents;
    private final ApiGuard guard;
    private final People people;

    TargetRoutes(DeploymentService deployments, TargetLocks locks, Supplier<Map<String, String>> agents,
            ApiGuard guard, People people) {
        this.deployments = deployments;
        this.locks = locks;
        this.agents = agents;
        this.guard = guard;
        this.people = people;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/targets", guard.required(this::all))
                .any("/api/v1/targets", MethodNotAllowed.ALLOW_GET);
    }

    private void all(ServerRequest req, ServerResponse res, Caller caller) {
        if (!caller.mayAtAll(TokenAction.READ)) {
            Replies.error(res, Status.FORBIDDEN_403, caller.who() + " may not read targets");
            return;
        }
        var held = LockRoutes.LockView.all(locks.all(), people).stream()
                .collect(Collectors.toMap(LockRoutes.LockView::target, lock -> lock));
        var breakers = agents.get();
        Replies.json(res, Status.OK_200, deployments.overview().stream()
                .filter(overview -> caller.sees(overview.target()))
                .map(overview -> TargetView.of(overview, held.get(overview.target()),
                        breakers.getOrDefault(overview.target(), "UNKNOWN")))
                .toList());
    }

    /** A target as JSON: {@code running} and {@code last} are {@code null} before its first deployment. */
    record TargetView(String name, Running running, Latest last, LockRoutes.LockView lock, String agent) {

        static TargetView of(TargetOverview overview, LockRoutes.LockView lock, String breaker) {
            return new TargetView(overview.target(), overview.running().map(Running::of).orElse(null),
                    overview.latest().map(Latest::of).orElse(null), lock, breaker);
        }
    }

    /** The revision a target runs: from its last succeeded deployment, since that one finished. */
    record Running(String deploymentId, String hash, String ref, String since) {

        static Running of(Deployment deployment) {
            return new Running(deployment.id().value(), deployment.toHash().orElse(null),
                    deployment.ref().orElse(null), deployment.finishedAt().map(Instant::toString).orElse(null));
        }
    }

    /** The newest deployment, whatever its state. */
    record Latest(String id, String status, String createdAt, String finishedAt) {

        static Latest of(Deployment deployment) {
            return new Latest(deployment.id().value(), deployment.status().wireName(),
                    deployment.createdAt().toString(), deployment.finishedAt().map(Instant::toString).orElse(null));
        }
    }
}
