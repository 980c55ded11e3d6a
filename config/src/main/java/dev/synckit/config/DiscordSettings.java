package dev.synckit.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot's Discord connection. Ids are snowflakes (digits). {@code apiUrl} ends in {@code /api/v10/} and
 * {@code gatewayUrl} is a {@code ws://} or {@code wss://} URL; tests and the playground point both at loopback.
 *
 * @param statusChannelId where the status board of every target is kept; empty: no board
 * @param playgroundAllowed whether, without a token, the service may run the playground (its page has no login: an
 *                          operator running without Discord behind a proxy turns it off)
 */
public record DiscordSettings(
        Secret token,
        Optional<String> appId,
        Optional<String> guildId,
        URI apiUrl,
        URI gatewayUrl,
        Optional<String> deployChannelId,
        List<String> maintainerRoleIds,
        Optional<String> statusChannelId,
        boolean playgroundAllowed) {

    public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");
    public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg/");

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(deployChannelId, "deployChannelId");
        maintainerRoleIds = List.copyOf(maintainerRoleIds);
        Objects.requireNonNull(statusChannelId, "statusChannelId");
    }

    /** No bot token: the service runs without Discord, or its own Discord emulator (the playground). */
    public boolean playground() {
        return token.isEmpty();
    }
}
