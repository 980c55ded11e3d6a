package dev.synckit.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A new upstream version detected by a device farm, posted to {@code POST /events/new-version}. The first five
 * fields are always written; the rest are left out when null.
 */
@JsonPropertyOrder({"package", "version", "apkRef", "protoSha", "detectedAt",
        "appVersion", "build", "clientVersion", "platform", "protoTextB64"})
public record NewVersionEvent(
        @JsonProperty("package") String packageName,
        String version,
        String apkRef,
        String protoSha,
        String detectedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String appVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String build,
        @JsonInclude(JsonInclude.Include.NON_NULL) String clientVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String platform,
        @JsonInclude(JsonInclude.Include.NON_NULL) String protoTextB64) {

    public NewVersionEvent {
        packageName = Objects.requireNonNullElse(packageName, "");
        version = Objects.requireNonNullElse(version, "");
        apkRef = Objects.requireNonNullElse(apkRef, "");
        protoSha = Objects.requireNonNullElse(protoSha, "");
        detectedAt = Objects.requireNonNullElse(detectedAt, "");
    }

    /** An event with only the always-present fields. */
    public NewVersionEvent(String packageName, String version, String apkRef, String protoSha, String detectedAt) {
        this(packageName, version, apkRef, protoSha, detectedAt, null, null, null, null, null);
    }

    /**
     * The names of required fields that are missing or blank. The Go original decodes a missing field as the empty
     * string; synckit answers 400 instead of announcing a version with no name.
     */
    public List<String> missingFields() {
        var missing = new ArrayList<String>();
        if (packageName.isBlank()) missing.add("package");
        if (version.isBlank()) missing.add("version");
        return missing;
    }
}
