package dev.synckit.agentclient;

import dev.synckit.contract.DeployResponse;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepState;
import dev.synckit.contract.agent.StepStatus;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.deployment.DeploymentId;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An old synckit agent's {@code POST /deploy}: the whole pipeline within one request, tried once, and its
 * {@link DeployResponse} seen as the final state of a one-step deployment.
 */
final class LegacyDeploy {

    /** The error of a failure whose answer says nothing more. */
    static final String FAILED = "the agent reported a failed deploy";

    private final AgentExchange exchange;
    private final Clock clock;

    LegacyDeploy(AgentExchange exchange, Clock clock) {
        this.exchange = exchange;
        this.clock = clock;
    }

    DeploymentState run(AgentEndpoint agent, Optional<String> pipeline, DeploymentId id)
            throws AgentUnavailableException {
        String query = pipeline.map(name -> "?pipeline=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).orElse("");
        var request = agent.request("/deploy" + query).POST(HttpRequest.BodyPublishers.noBody()).build();
        Instant started = clock.instant();
        var answer = new AgentAnswer(agent, exchange.legacyDeploy(agent, request));
        Instant finished = clock.instant();
        return switch (answer.status()) {
            case 200 -> state(answer.read(DeployResponse.class, "deploy response"), pipeline, id, started, finished);
            case 409 -> throw new AgentUnavailableException(agent.says("busy: deploy already in progress"), null);
            default -> throw answer.refusal("the deploy");
        };
    }

    /** The final state an old agent's answer stands for. */
    static DeploymentState state(DeployResponse response, Optional<String> pipeline, DeploymentId id, Instant started,
                                 Instant finished) {
        var status = response.ok() ? DeploymentStatus.SUCCEEDED : DeploymentStatus.FAILED;
        var step = new StepState("deploy", response.ok() ? StepStatus.SUCCEEDED : StepStatus.FAILED,
                Duration.between(started, finished).toMillis(), response.tail());
        return new DeploymentState(null, pipeline.orElse(null), status, "deploy", null, id.value(),
                response.alreadyUpToDate(), response.fromHash(), response.toHash(), response.fromUrl(),
                response.toUrl(), List.of(step), response.ok() ? null : error(response.tail()), started.toString(),
                started.toString(), finished.toString());
    }

    /** What an old agent said of its failure: the last line of its tail with something on it (its error). */
    static String error(String tail) {
        var lines = tail == null ? List.<String>of() : tail.lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList();
        return lines.isEmpty() ? FAILED : lines.getLast();
    }
}
