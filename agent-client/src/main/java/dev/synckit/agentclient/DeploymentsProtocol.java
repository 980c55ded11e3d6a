package dev.synckit.agentclient;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.DeploymentRequest;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.core.agent.AgentRun;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import dev.synckit.core.deployment.DeploymentId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agent's asynchronous protocol, {@code /v1/deployments}. Every call here is idempotent (a start by its request
 * id), so each is retried while the agent seems down.
 */
final class DeploymentsProtocol {

    private static final String PATH = "/v1/deployments";
    /** URL-safe without encoding; an agent never issues anything else, so nothing else can name a run. */
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    private final AgentExchange exchange;

    DeploymentsProtocol(AgentExchange exchange) {
        this.exchange = exchange;
    }

    AgentRun.Started start(AgentEndpoint agent, Optional<String> pipeline, DeploymentId id, Optional<String> ref,
                           URI callbackUrl) throws AgentUnavailableException, OldAgentException {
        var body = new DeploymentRequest(pipeline.orElse(null), ref.orElse(null), callbackUrl.toString(), id.value());
        var request = agent.request(PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body)))
                .build();
        var answer = send(agent, request);
        if (answer.status() != 202 && answer.status() != 200) {
            throw answer.refusal("the deployment");
        }
        var state = answer.read(DeploymentState.class, "deployment state");
        return new AgentRun.Started(state.id(), state);
    }

    DeploymentState status(AgentEndpoint agent, String runId)
            throws AgentUnavailableException, RunNotFoundException, OldAgentException {
        var answer = send(agent, agent.request(PATH + "/" + checked(agent, runId)).GET().build());
        return switch (answer.status()) {
            case 200 -> answer.read(DeploymentState.class, "deployment state");
            case 404 -> throw unknown(agent, runId);
            default -> throw answer.refusal("the status of run " + runId);
        };
    }

    /** Asks the run to stop; a run already over (409) is as good as stopped. */
    void cancel(AgentEndpoint agent, String runId)
            throws AgentUnavailableException, RunNotFoundException, OldAgentException {
        var request = agent.request(PATH + "/" + checked(agent, runId) + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        var answer = send(agent, request);
        switch (answer.status()) {
            case 200, 202, 409 -> {
            }
            case 404 -> throw unknown(agent, runId);
            default -> throw answer.refusal("to cancel run " + runId);
        }
    }

    private AgentAnswer send(AgentEndpoint agent, HttpRequest request)
            throws AgentUnavailableException, OldAgentException {
        var answer = new AgentAnswer(agent, exchange.idempotent(agent, request));
        if (answer.fromOldAgent()) {
            throw new OldAgentException();
        }
        return answer;
    }

    private static String checked(AgentEndpoint agent, String runId) throws RunNotFoundException {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new RunNotFoundException(agent.says("issues no run id like \"" + runId + "\""));
        }
        return runId;
    }

    private static RunNotFoundException unknown(AgentEndpoint agent, String runId) {
        return new RunNotFoundException(agent.says("knows no run " + runId));
    }

    private static byte[] json(DeploymentRequest body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a deployment request always serializes", e);
        }
    }
}
