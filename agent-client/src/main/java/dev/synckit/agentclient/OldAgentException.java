package dev.synckit.agentclient;

/** The agent answered a {@code /v1} request as an old synckit agent does: it knows only {@code POST /deploy}. */
final class OldAgentException extends Exception {

    OldAgentException() {
        super("the agent predates the /v1 protocol", null, false, false);
    }
}
