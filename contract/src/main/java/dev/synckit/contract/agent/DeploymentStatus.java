package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a deployment is in its life; the last three are final. */
public enum DeploymentStatus {
    @JsonProperty("queued") QUEUED,
    @JsonProperty("running") RUNNING,
    @JsonProperty("succeeded") SUCCEEDED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("cancelled") CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
