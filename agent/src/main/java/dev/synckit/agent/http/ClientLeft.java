package dev.synckit.agent.http;

import java.io.IOException;

/**
 * The client went away half-way: its request body ended early, or its answer could not be written. Anyone can
 * cause that at will, so it is worth one debug line, never a warning.
 */
final class ClientLeft extends IOException {

    private final String when;

    private ClientLeft(String when, IOException cause) {
        super(cause.getMessage(), cause);
        this.when = when;
    }

    static ClientLeft midRequest(IOException cause) {
        return new ClientLeft("before its request was complete", cause);
    }

    static ClientLeft midAnswer(IOException cause) {
        return new ClientLeft("before its answer was sent", cause);
    }

    /** When in the exchange the client left, for the log line. */
    String when() {
        return when;
    }
}
