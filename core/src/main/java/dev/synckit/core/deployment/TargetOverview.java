package dev.synckit.core.deployment;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a target stands, as an overview shows it.
 *
 * @param latest  its newest deployment, whatever its state
 * @param running its newest succeeded deployment: the revision it runs, as far as synckit knows
 */
public record TargetOverview(String target, Optional<Deployment> latest, Optional<Deployment> running) {

    public TargetOverview {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(running, "running");
    }
}
