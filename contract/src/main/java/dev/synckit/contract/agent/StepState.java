package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One step of a deployment as the agent reports it.
 *
 * @param name       the step type and its main argument, e.g. {@code shell: ./smoke.sh}
 * @param durationMs wall time of the step so far; 0 before it starts
 * @param tail       the last lines of its output, masked and bounded in lines and characters; left out when empty
 */
@JsonPropertyOrder({"name", "status", "durationMs", "tail"})
public record StepState(
        String name,
        StepStatus status,
        long durationMs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String tail) {
}
