package dev.synckit.core.event;

import dev.synckit.contract.NewVersionEvent;

/**
 * Reacts to a new version, once per package and version: the embedding application's handler, the announcement
 * in Discord, an automatic deployment. Throwing marks the event failed so that its next post tries again.
 */
@FunctionalInterface
public interface NewVersionListener {

    void onNewVersion(NewVersionEvent event) throws Exception;
}
