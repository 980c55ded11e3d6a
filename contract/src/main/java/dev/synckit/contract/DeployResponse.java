package dev.synckit.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer of an agent's {@code POST /deploy}. A failed deploy is still HTTP 200 with {@code ok:false}.
 *
 * @param ok              whether every step succeeded; always written
 * @param alreadyUpToDate the revision did not change; written only when true
 * @param tail            the last lines of the output; written only when non-empty
 */
@JsonPropertyOrder({"ok", "alreadyUpToDate", "tail", "fromHash", "toHash", "fromUrl", "toUrl"})
public record DeployResponse(
        @JsonInclude(JsonInclude.Include.ALWAYS) boolean ok,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean alreadyUpToDate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String tail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String fromHash,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String toHash,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String fromUrl,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String toUrl) {

    /** The exact answer of a failure that has nothing more to say: {@code {"ok":false}}. */
    public static DeployResponse failed() {
        return new DeployResponse(false, false, null, null, null, null, null);
    }
}
