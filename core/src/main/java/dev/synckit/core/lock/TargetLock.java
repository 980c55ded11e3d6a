package dev.synckit.core.lock;

import java.time.Instant;

/** A target held by a person: no deployment to it starts until the lock is released. */
public record TargetLock(String target, String holder, String reason, Instant since) {
}
