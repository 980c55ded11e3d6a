package dev.synckit.core.token;

/** A token that cannot be created or revoked as asked; the message says why, for the person who asked. */
public final class TokenRefusedException extends Exception {

    public TokenRefusedException(String message) {
        super(message);
    }
}
