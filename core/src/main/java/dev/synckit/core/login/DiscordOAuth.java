package dev.synckit.core.login;

import java.net.URI;

/** Discord's OAuth2 endpoints, as the login needs them. */
public interface DiscordOAuth {

    /** The authorization page a browser is sent to, asking for the user's identity and guild membership. */
    URI authorizeUrl(String state, String codeChallenge);

    /**
     * Exchanges the code Discord gave the browser (proving it with the PKCE verifier) and reads who the user is.
     * Every call has a timeout.
     *
     * @throws DiscordOAuthException when Discord refuses the code or does not answer
     */
    DiscordIdentity identify(String code, String codeVerifier);
}
