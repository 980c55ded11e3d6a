package dev.synckit.core.login;

/** How Discord's redirect back ended: a new session, or a refusal the browser is shown. */
public sealed interface LoginResult {

    /** Signed in: set the cookie of {@code opened} and send the browser to {@code returnPath}. */
    record SignedIn(Sessions.Opened opened, String returnPath) implements LoginResult {
    }

    record Refused(Refusal refusal) implements LoginResult {
    }

    /** Why a login did not end in a session, with what the person is told. */
    enum Refusal {
        UNKNOWN_STATE("This login link is unknown or was already used. Start the login again."),
        EXPIRED_STATE("This login link has expired. Start the login again."),
        DENIED_AT_DISCORD("The login was cancelled at Discord."),
        CODE_REJECTED("Discord did not accept this login. Start the login again."),
        DISCORD_UNAVAILABLE("Discord did not answer. Try again in a moment.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
