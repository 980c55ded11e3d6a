package dev.synckit.contract.agent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where one pipeline step is; {@code skipped} follows an "already up to date" step. */
public enum StepStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("running") RUNNING,
    @JsonProperty("succeeded") SUCCEEDED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("skipped") SKIPPED,
    @JsonProperty("cancelled") CANCELLED
}
