package dev.synckit.webhooks;

import dev.synckit.core.deployment.DeploymentRefusedException.Reason;
import io.helidon.http.Status;

/** The HTTP status of each reason a deployment request is refused. */
final class Refusals {

    private Refusals() {
    }

    static Status status(Reason reason) {
        return switch (reason) {
            case UNKNOWN_TARGET, UNKNOWN_DEPLOYMENT -> Status.NOT_FOUND_404;
            case TARGET_LOCKED, WRONG_STATE, NOTHING_TO_ROLL_BACK_TO -> Status.CONFLICT_409;
            case SAME_PERSON -> Status.FORBIDDEN_403;
        };
    }
}
