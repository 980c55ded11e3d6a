package dev.synckit.commands;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.chat.PostedMessage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.InteractionHook;

/** Answers a person who asked for a deployment: a link to its status message, or why it was refused. */
final class DeploymentReply {

    /** Posting the status message is one Discord call; beyond this the person gets the answer without the link. */
    private static final long STATUS_WAIT_SECONDS = 10;

    private final StatusMessages statuses;

    DeploymentReply(StatusMessages statuses) {
        this.statuses = statuses;
    }

    /**
     * Answers through the deferred reply's hook; waits for the status message so the answer can link it. When the
     * bot may not post it, the answer says why, and that the deployment goes on where it can still be followed.
     */
    void started(InteractionHook hook, Deployment deployment, String channelId) throws Exception {
        started(hook, deployment, statusMessage(deployment, channelId));
    }

    /** The same, with the status message already {@code posted} (or refused) by the caller. */
    void started(InteractionHook hook, Deployment deployment, Posted posted) {
        var what = deployment.status() == DeploymentStatus.AWAITING_CONFIRMATION
                ? "awaits a second maintainer's confirmation" : "is " + deployment.status().wireName();
        if (posted instanceof Posted.Closed closed) {
            hook.editOriginal(closed.reason().getMessage() + "\nDeployment `" + deployment.id() + "` of `"
                    + deployment.target() + "` " + what + " all the same: follow it on the dashboard or with `GET "
                    + "/api/v1/deployments/" + deployment.id() + "`.").queue();
            return;
        }
        hook.editOriginal("Deployment of `" + deployment.target() + "` " + what + ": "
                + statuses.link(((Posted.Open) posted).message())).queue();
    }

    /** The deployment's status message, posted now when it has none, or why the bot may not post it. */
    Posted statusMessage(Deployment deployment, String channelId) throws Exception {
        try {
            return new Posted.Open(statuses.open(deployment, channelId).get(STATUS_WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CannotPostException closed) {
                return new Posted.Closed(closed);
            }
            throw e;
        }
    }

    /** Where a status message stands: posted, or not postable and why. */
    sealed interface Posted {

        record Open(PostedMessage message) implements Posted {
        }

        record Closed(CannotPostException reason) implements Posted {
        }
    }

    static String text(DeploymentRefusedException e) {
        return switch (e.reason()) {
            case SAME_PERSON -> "You asked for this deployment yourself: another maintainer must confirm it.";
            case TARGET_LOCKED, UNKNOWN_TARGET, UNKNOWN_DEPLOYMENT, WRONG_STATE, NOTHING_TO_ROLL_BACK_TO ->
                    "Refused: " + e.getMessage();
        };
    }
}
