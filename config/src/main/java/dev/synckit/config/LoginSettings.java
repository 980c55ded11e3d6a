package dev.synckit.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * "Log in with Discord": the OAuth2 application and how long a browser session lasts. Login is on only when a
 * client secret is set; without one {@code /auth/login} answers that login is off and no session can be made.
 *
 * @param clientId     the OAuth2 client id, usually the application id
 * @param redirectUrl  where Discord sends the browser back; empty means {@code <public URL>/auth/callback}
 * @param authorizeUrl Discord's authorization page, where the browser is sent
 * @param tokenUrl     Discord's token endpoint, called by the service
 * @param sessionIdle  a session unused this long ends (each use extends it)
 * @param sessionMax   a session ends this long after the login, however much it is used
 */
public record LoginSettings(
        Optional<String> clientId,
        Secret clientSecret,
        Optional<URI> redirectUrl,
        URI authorizeUrl,
        URI tokenUrl,
        Duration sessionIdle,
        Duration sessionMax) {

    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofHours(8);
    public static final Duration DEFAULT_SESSION_MAX = Duration.ofDays(7);
    public static final String CALLBACK_PATH = "/auth/callback";

    public LoginSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUrl, "redirectUrl");
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(sessionMax, "sessionMax");
    }

    /** Login off, with Discord's endpoints as seen through {@code discordApiUrl} and the default lifetimes. */
    public static LoginSettings off(URI discordApiUrl) {
        return new LoginSettings(Optional.empty(), Secret.empty(), Optional.empty(), authorizeUrlOf(discordApiUrl),
                tokenUrlOf(discordApiUrl), DEFAULT_SESSION_IDLE, DEFAULT_SESSION_MAX);
    }

    /** Discord's authorization page beside its REST API: {@code https://discord.com/oauth2/authorize}. */
    static URI authorizeUrlOf(URI discordApiUrl) {
        return discordApiUrl.resolve("/oauth2/authorize");
    }

    /** The token endpoint under the REST API: {@code https://discord.com/api/v10/oauth2/token}. */
    static URI tokenUrlOf(URI discordApiUrl) {
        return discordApiUrl.resolve("oauth2/token");
    }

    public boolean enabled() {
        return !clientSecret.isEmpty();
    }

    /** The redirect URL sent to Discord: the configured one, else the callback under the service's public URL. */
    public URI redirectUrl(URI publicUrl) {
        return redirectUrl.orElseGet(() -> URI.create(publicUrl + CALLBACK_PATH));
    }
}
