package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One progress event. {@code sequence} counts 1, 2, 3… per deployment in the order the agent sends; a receiver
 * that has seen a sequence number may acknowledge it again without acting twice. Optional fields are left out
 * when null.
 *
 * @param stepIndex  0-based index of the step, for step events
 * @param step       the step's name, for step events
 * @param status     the step's status (step-finished) or the deployment's (started, finished)
 * @param output     masked output lines, newline-separated and bounded, for step-output
 * @param deployment the whole final state, for finished
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"deploymentId", "sequence", "type", "pipeline", "timestamp", "stepIndex", "step", "status",
        "output", "deployment"})
public record CallbackEvent(
        String deploymentId,
        long sequence,
        CallbackEventType type,
        String pipeline,
        String timestamp,
        Integer stepIndex,
        String step,
        String status,
        String output,
        DeploymentState deployment) {

    /** The same event with its delivery sequence number. */
    public CallbackEvent withSequence(long newSequence) {
        return new CallbackEvent(deploymentId, newSequence, type, pipeline, timestamp, stepIndex, step, status,
                output, deployment);
    }
}
