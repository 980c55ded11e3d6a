package dev.synckit.testkit.record;

/** What a test waited for did not happen in time; the message says what was awaited and what was seen instead. */
public final class NotSeenException extends RuntimeException {

    public NotSeenException(String message) {
        super(message);
    }
}
