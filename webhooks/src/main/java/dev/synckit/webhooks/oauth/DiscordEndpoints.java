package dev.synckit.webhooks.oauth;

import dev.synckit.config.Secret;
import dev.synckit.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where and as whom the login talks to Discord.
 *
 * @param redirectUri the callback URL, known once the webserver has bound its port
 * @param apiUrl      Discord's REST base, ending in {@code /api/v10/}
 * @param guildId     the guild whose members may be maintainers; none means nobody is
 * @param botToken    reads the guild's roles and owner to learn permissions; without it only the maintainer roles
 *                    count
 * @param timeout     for each call to Discord
 */
public record DiscordEndpoints(String clientId, Secret clientSecret, Supplier<URI> redirectUri, URI authorizeUrl,
        URI tokenUrl, URI apiUrl, Optional<String> guildId, Secret botToken, Duration timeout) {

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    /** What the login needs of Discord, as the settings say, with Discord's calls timing out after 10 s. */
    public static DiscordEndpoints of(Settings settings, Supplier<URI> publicUrl) {
        var login = settings.login();
        var discord = settings.discord();
        return new DiscordEndpoints(login.clientId().orElseThrow(() -> new IllegalStateException(
                "login is on without a client id; the settings should have refused that")), login.clientSecret(),
                () -> login.redirectUrl(publicUrl.get()), login.authorizeUrl(), login.tokenUrl(), discord.apiUrl(),
                discord.guildId(), discord.token(), CALL_TIMEOUT);
    }

    public DiscordEndpoints {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(timeout, "timeout");
    }
}
