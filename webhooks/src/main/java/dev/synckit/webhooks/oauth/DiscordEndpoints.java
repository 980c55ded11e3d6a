package dev.synckit.webhooks.oauth;

import dev.synckit.config.Secret;
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
