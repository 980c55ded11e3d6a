package dev.synckit.core.event;

/** Where the handling of a stored new-version event stands. */
public enum EventState {
    /** Claimed by a process that is calling the handlers now (or died doing so). */
    HANDLING,
    /** Every handler returned. */
    HANDLED,
    /** A handler threw; the next post of the same event tries again. */
    FAILED
}
