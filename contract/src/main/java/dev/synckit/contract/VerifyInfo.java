package dev.synckit.contract;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The build identity a server reports at {@code GET /verify}. Every field is always written; a missing value is
 * the empty string, as the Go original writes its zero value.
 */
@JsonPropertyOrder({"name", "sha256", "version", "date"})
public record VerifyInfo(String name, String sha256, String version, String date) {

    public VerifyInfo {
        name = Objects.requireNonNullElse(name, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        version = Objects.requireNonNullElse(version, "");
        date = Objects.requireNonNullElse(date, "");
    }

    /** The older shape that some consumers still read at {@code GET /api/v1/verify}. */
    public LegacyVerifyInfo legacy() {
        return new LegacyVerifyInfo(sha256, version, date);
    }
}
