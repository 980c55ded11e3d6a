package dev.synckit.core.event;

/** A new-version listener threw; the event is stored and marked failed, and its next post tries again. */
public class ListenerFailedException extends Exception {

    public ListenerFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
