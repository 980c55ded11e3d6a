package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of progress event an agent posts to a deployment's callback URL. */
public enum CallbackEventType {
    @JsonProperty("started") STARTED,
    @JsonProperty("step-started") STEP_STARTED,
    @JsonProperty("step-output") STEP_OUTPUT,
    @JsonProperty("step-finished") STEP_FINISHED,
    @JsonProperty("finished") FINISHED
}
