package dev.synckit.core.deployment;

/**
 * Told of every stored change of a deployment: the bot's live status message, metrics. Called after the change is
 * stored, on the thread that made it; a listener that throws is logged and does not undo the change.
 */
@FunctionalInterface
public interface DeploymentListener {

    void changed(Deployment deployment);
}
