package dev.synckit.commands;

/**
 * The bot may not post a message it needs in a channel (a permission its role lacks there). The message says which
 * permissions, in the words of Discord's settings, and how to grant them; it is shown as it is to the person who
 * asked.
 */
public final class CannotPostException extends Exception {

    private static final long serialVersionUID = 1L;

    public CannotPostException(String message) {
        super(message);
    }
}
