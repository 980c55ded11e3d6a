package dev.synckit.agent.http;

import com.sun.net.httpserver.HttpExchange;
import dev.synckit.agent.pipeline.AgentConfig;
import dev.synckit.agent.run.DeployQueue;
import dev.synckit.agent.run.Deployment;
import dev.synckit.contract.DeployResponse;
import dev.synckit.contract.agent.DeploymentStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * synckit's {@code POST /deploy}: runs the pipeline and answers when it is done, byte for byte as the original Go
 * agent (no {@code tail} on success; on failure the last lines of the failing step's output). The whole story of
 * a deployment is in the {@code /v1/deployments} protocol. Single-flight per pipeline: while one is queued or
 * running, another request gets 409, as the original's did.
 */
final class LegacyDeployHandler {

    /** Time for the last step's process tree to die after its timeout. */
    private static final Duration KILL_MARGIN = Duration.ofMinutes(1);

    private final AgentConfig config;
    private final DeployQueue queue;
    private final BearerCheck bearer;

    LegacyDeployHandler(AgentConfig config, DeployQueue queue, BearerCheck bearer) {
        this.config = config;
        this.queue = queue;
        this.bearer = bearer;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            // Go's ServeMux answer for a "POST /deploy" pattern
            exchange.getResponseHeaders().set("Allow", "POST");
            Answers.goError(exchange, 405, "Method Not Allowed");
            return;
        }
        if (!bearer.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
            Answers.goError(exchange, 401, "unauthorized");
            return;
        }
        String name = Query.parameter(exchange.getRequestURI(), "pipeline");
        var pipeline = config.pipeline(name);
        if (pipeline.isEmpty()) {
            Answers.goError(exchange, 404, name == null ? "pipeline parameter required" : "unknown pipeline");
            return;
        }
        var started = queue.submitIfIdle(new DeployQueue.Request(pipeline.get(), Deployment.Trigger.DEPLOY, null,
                null, null));
        if (started.isEmpty()) {
            Answers.goError(exchange, 409, "deploy already in progress");
            return;
        }
        var deployment = started.get();
        try {
            var state = deployment.done().get(pipeline.get().longestRun().plus(KILL_MARGIN).toMillis(),
                    TimeUnit.MILLISECONDS);
            boolean ok = state.status() == DeploymentStatus.SUCCEEDED;
            // as the original: a tail only on failure, and only the failing step's own output
            Answers.goJson(exchange, 200, new DeployResponse(ok, state.alreadyUpToDate(),
                    ok ? null : deployment.failedStepOutput(), state.fromHash(), state.toHash(), state.fromUrl(),
                    state.toUrl()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Answers.goJson(exchange, 200, DeployResponse.failed());
        } catch (ExecutionException | TimeoutException e) {
            Answers.goJson(exchange, 200, DeployResponse.failed());
        }
    }
}
