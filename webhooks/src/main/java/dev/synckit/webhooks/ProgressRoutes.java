package dev.synckit.webhooks;

import dev.synckit.contract.agent.CallbackSignature;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.ProgressIntake;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code POST /api/v1/agent-callbacks/{deployment id}} and {@code POST /api/v1/agent-events/{target}}: agents'
 * signed progress events. HMAC-SHA256 with the target's agent secret over timestamp, the path's last segment (the
 * deployment id or the target) and body, inside a replay window (401 otherwise); a repeated event is acknowledged
 * again (200) and not applied twice.
 */
final class ProgressRoutes implements HttpService {

    static final String PATH = "/api/v1/agent-callbacks/{id}";
    /** Where a target's agent posts the runs its watcher starts (the agent's {@code notify_url}). */
    static final String WATCHED_PATH = "/api/v1/agent-events/{target}";
    static final int BODY_LIMIT = 256 * 1024;

    private final ProgressIntake intake;
    private final MeterRegistry meters;

    ProgressRoutes(ProgressIntake intake, MeterRegistry meters) {
        this.intake = intake;
        this.meters = meters;
    }

    /** Where the agent posts the progress of deployment {@code id}, under the service's public URL. */
    static String path(DeploymentId id) {
        return PATH.replace("{id}", id.value());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::accept).any(PATH, MethodNotAllowed.ALLOW_POST)
                .post(WATCHED_PATH, this::acceptWatched).any(WATCHED_PATH, MethodNotAllowed.ALLOW_POST);
    }

    private void acceptWatched(ServerRequest req, ServerResponse res) {
        var target = req.path().pathParameters().get("target");
        read(req, res).ifPresent(body -> answer(res, intake.acceptWatched(target,
                header(req, CallbackSignature.TIMESTAMP_HEADER), header(req, CallbackSignature.SIGNATURE_HEADER),
                body)));
    }

    private static String header(ServerRequest req, String name) {
        return req.headers().first(HeaderNames.create(name)).orElse(null);
    }

    private java.util.Optional<byte[]> read(ServerRequest req, ServerResponse res) {
        return BoundedBody.readOr(req, BODY_LIMIT, (status, why) -> {
            count(status == Status.BAD_REQUEST_400 ? "malformed" : "too_large");
            Replies.error(res, status, why);
        });
    }

    private void accept(ServerRequest req, ServerResponse res) {
        DeploymentId id;
        try {
            id = DeploymentId.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            count("unknown");
            Replies.error(res, Status.NOT_FOUND_404, "no such deployment");
            return;
        }
        read(req, res).ifPresent(body -> answer(res, intake.accept(id,
                header(req, CallbackSignature.TIMESTAMP_HEADER), header(req, CallbackSignature.SIGNATURE_HEADER),
                body)));
    }

    private void answer(ServerResponse res, ProgressIntake.Outcome outcome) {
        count(outcome.name().toLowerCase(java.util.Locale.ROOT));
        switch (outcome) {
            case ACCEPTED, DUPLICATE -> Replies.json(res, Status.OK_200,
                    java.util.Map.of("accepted", outcome == ProgressIntake.Outcome.ACCEPTED));
            case UNKNOWN_DEPLOYMENT -> Replies.error(res, Status.NOT_FOUND_404, "no such deployment");
            case UNAUTHENTIC -> Replies.error(res, Status.UNAUTHORIZED_401, "bad or expired signature");
            case MALFORMED -> Replies.error(res, Status.BAD_REQUEST_400, "not a progress event of this deployment");
        }
    }

    private void count(String outcome) {
        Counter.builder("synckit.agent.callbacks").description("agent progress events by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }
}
