package dev.synckit.commands;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.core.deployment.DeploymentStatus;
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

    /** Answers through the deferred reply's hook; waits for the status message so the answer can link it. */
    void started(InteractionHook hook, Deployment deployment, String channelId) throws Exception {
        var posted = statuses.open(deployment, channelId).get(STATUS_WAIT_SECONDS, TimeUnit.SECONDS);
        var what = deployment.status() == DeploymentStatus.AWAITING_CONFIRMATION
                ? "awaits a second maintainer's confirmation" : "is " + deployment.status().wireName();
        hook.editOriginal("Deployment of `" + deployment.target() + "` " + what + ": " + statuses.link(posted))
                .queue();
    }

    static String text(DeploymentRefusedException e) {
        return switch (e.reason()) {
            case SAME_PERSON -> "You asked for this deployment yourself: another maintainer must confirm it.";
            case TARGET_LOCKED, UNKNOWN_TARGET, UNKNOWN_DEPLOYMENT, WRONG_STATE, NOTHING_TO_ROLL_BACK_TO ->
                    "Refused: " + e.getMessage();
        };
    }
}
