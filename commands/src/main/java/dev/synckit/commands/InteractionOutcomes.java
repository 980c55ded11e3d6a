package dev.synckit.commands;

/**
 * Told how each slash command and button click ended, for the operator's counters. Names are bounded: a command's
 * registered name or {@code unknown}, a button's action ({@code deploy}, {@code cancel}, …) or {@code unknown}.
 * Called on JDA's event thread or a worker; an implementation only counts.
 */
public interface InteractionOutcomes {

    /** Where an interaction ended. */
    enum Result {
        /** Handled: the handler ran to its end. */
        OK,
        /** Refused before anything ran: the clicker is not a maintainer. */
        DENIED,
        /** The domain said no (a locked target, a finished deployment). */
        REFUSED,
        /** The handler threw; the person got the apology. */
        FAILED,
        /** A command or button this bot does not know. */
        UNSUPPORTED
    }

    /** The name used for commands and buttons this bot does not know, so that no free text becomes a label. */
    String UNKNOWN = "unknown";

    void command(String name, Result result);

    void button(String action, Result result);
}
