package dev.synckit.config;

import dev.synckit.contract.NewVersionEvent;

/**
 * An embedding application's own reaction to a new upstream version, run after synckit accepted the event.
 * A thrown exception is reported as a handler error; synckit's announcement is not undone.
 */
@FunctionalInterface
public interface NewVersionHandler {

    void handle(NewVersionEvent event) throws Exception;
}
