package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A deployment as {@code GET /v1/deployments/{id}} answers it and as the final callback carries it. Optional fields
 * are left out when null; timestamps are ISO-8601 UTC instants.
 *
 * @param trigger  who asked: {@code api}, {@code deploy} (the old endpoint) or {@code watch}
 * @param fromHash short revision before the deployment (git, or image id for docker-only pipelines)
 * @param error    why it failed or was cancelled, masked; null when it succeeded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "pipeline", "status", "trigger", "ref", "requestId", "alreadyUpToDate", "fromHash",
        "toHash", "fromUrl", "toUrl", "steps", "error", "createdAt", "startedAt", "finishedAt"})
public record DeploymentState(
        String id,
        String pipeline,
        DeploymentStatus status,
        String trigger,
        String ref,
        String requestId,
        @JsonInclude(JsonInclude.Include.ALWAYS) boolean alreadyUpToDate,
        String fromHash,
        String toHash,
        String fromUrl,
        String toUrl,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<StepState> steps,
        String error,
        String createdAt,
        String startedAt,
        String finishedAt) {

    public DeploymentState {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
