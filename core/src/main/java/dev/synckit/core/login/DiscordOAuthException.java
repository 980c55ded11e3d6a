package dev.synckit.core.login;

/** Discord refused a login code ({@link #rejected()}) or did not answer in time. */
public final class DiscordOAuthException extends RuntimeException {

    private final boolean rejected;

    private DiscordOAuthException(String message, boolean rejected, Throwable cause) {
        super(message, cause);
        this.rejected = rejected;
    }

    /** Discord answered that the code is not valid (unknown, used, expired, or not for this verifier). */
    public static DiscordOAuthException rejected(String message) {
        return new DiscordOAuthException(message, true, null);
    }

    /** Discord failed, timed out or answered something unreadable. */
    public static DiscordOAuthException unavailable(String message, Throwable cause) {
        return new DiscordOAuthException(message, false, cause);
    }

    public boolean rejected() {
        return rejected;
    }
}
