package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of {@code POST /v1/deployments}. Every field is optional.
 *
 * @param pipeline    the agent's pipeline; the only one when null
 * @param ref         a commit, branch or tag for git-pull, or an image ref for docker steps (rollback uses it)
 * @param callbackUrl where progress events are posted, signed
 * @param requestId   makes the start idempotent: a second request with the same id answers the first deployment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"pipeline", "ref", "callbackUrl", "requestId"})
public record DeploymentRequest(String pipeline, String ref, String callbackUrl, String requestId) {
}
