package dev.synckit.contract;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** The pre-{@link VerifyInfo} shape served at {@code GET /api/v1/verify}: {@code {"sha256","version","built"}}. */
@JsonPropertyOrder({"sha256", "version", "built"})
public record LegacyVerifyInfo(String sha256, String version, String built) {

    public LegacyVerifyInfo {
        sha256 = Objects.requireNonNullElse(sha256, "");
        version = Objects.requireNonNullElse(version, "");
        built = Objects.requireNonNullElse(built, "");
    }
}
