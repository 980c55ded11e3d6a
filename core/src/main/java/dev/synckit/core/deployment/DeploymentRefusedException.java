package dev.synckit.core.deployment;

/** A deployment request, confirmation, cancel or rollback that cannot be done, with a reason a person can act on. */
public class DeploymentRefusedException extends Exception {

    private final Reason reason;

    public DeploymentRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why; the HTTP layer maps each to its status, the bot to its reply. */
    public enum Reason {
        UNKNOWN_TARGET,
        UNKNOWN_DEPLOYMENT,
        TARGET_LOCKED,
        /** The move is not possible from the deployment's state (confirming a running one, cancelling a finished one). */
        WRONG_STATE,
        /** A confirmation must come from someone other than the person who asked. */
        SAME_PERSON,
        NOTHING_TO_ROLL_BACK_TO
    }
}
