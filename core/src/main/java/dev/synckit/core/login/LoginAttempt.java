package dev.synckit.core.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A login under way: the {@code state} the browser carries to Discord and back, the PKCE verifier that only we
 * know, and where to send the browser once signed in. Used once, and only before {@code expiresAt}.
 */
public record LoginAttempt(String state, String codeVerifier, String returnPath, Instant expiresAt) {

    public LoginAttempt {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(returnPath, "returnPath");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "LoginAttempt[returnPath=" + returnPath + ", expiresAt=" + expiresAt + "]";
    }
}
