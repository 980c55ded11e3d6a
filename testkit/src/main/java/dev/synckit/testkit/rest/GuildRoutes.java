package dev.synckit.testkit.rest;

import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;

import java.util.Optional;

/** {@code GET guilds/{id}} with the bot token: the guild's owner and roles, from which permissions are computed. */
final class GuildRoutes implements RestResource {

    private final EmulatedGuild guild;
    private final GuildJson guildJson;

    GuildRoutes(EmulatedGuild guild, GuildJson guildJson) {
        this.guild = guild;
        this.guildJson = guildJson;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        if (!request.matches("GET", "guilds", "*")) {
            return Optional.empty();
        }
        return Optional.of(request.id(1) == guild.id() ? RestReply.ok(guildJson.guild())
                : DiscordError.notFound(10004, "Unknown Guild"));
    }
}
