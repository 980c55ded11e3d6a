package dev.synckit.core.deployment;

import java.time.Instant;
import java.util.Optional;

/**
 * One target at a glance: the revision it runs — that of its last succeeded deployment, up since that one finished —
 * and its newest deployment of any outcome (the same one when the newest succeeded).
 */
public record TargetOverview(String target, Optional<Deployment> running, Optional<Deployment> latest) {

    public Optional<Instant> upSince() {
        return running.flatMap(Deployment::finishedAt);
    }
}
