package dev.synckit.core.deployment;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone asks for a deployment.
 *
 * @param confirmed true when the request itself is the confirmation a {@code confirm: true} target needs (the API's
 *                  confirm flag); false leaves such a deployment awaiting a second maintainer
 */
public record DeployRequest(String target, Optional<String> ref, String requestedBy, String reason, boolean confirmed) {

    public DeployRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(requestedBy, "requestedBy");
        reason = reason == null ? "" : reason;
    }
}
