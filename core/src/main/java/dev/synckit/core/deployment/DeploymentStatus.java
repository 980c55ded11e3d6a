package dev.synckit.core.deployment;

import java.util.Locale;
import java.util.Set;

/** Where a deployment stands. The wire names are the lower-case names: {@code queued}, {@code running}, … */
public enum DeploymentStatus {
    /** Waits for a second maintainer (or the API's confirm flag) before it joins the queue. */
    AWAITING_CONFIRMATION,
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** True for the states a deployment never leaves. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /** The moves the state machine allows; everything else is a bug or a stale update and is refused. */
    public boolean canMoveTo(DeploymentStatus next) {
        return switch (this) {
            case AWAITING_CONFIRMATION -> Set.of(QUEUED, CANCELLED).contains(next);
            case QUEUED -> Set.of(RUNNING, CANCELLED, FAILED).contains(next);
            case RUNNING -> Set.of(SUCCEEDED, FAILED, CANCELLED).contains(next);
            case SUCCEEDED, FAILED, CANCELLED -> false;
        };
    }

    /**
     * True when a deployment in this state has yet to reach {@code other}: states only move forward (awaiting
     * confirmation, queued, running, then one of the final ones), so news of this state after {@code other} is stale.
     */
    public boolean isBehind(DeploymentStatus other) {
        return rank() < other.rank();
    }

    private int rank() {
        return switch (this) {
            case AWAITING_CONFIRMATION -> 0;
            case QUEUED -> 1;
            case RUNNING -> 2;
            case SUCCEEDED, FAILED, CANCELLED -> 3;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeploymentStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
