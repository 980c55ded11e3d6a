package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a client asks at login: {@code users/@me} (JDA's only call before the gateway), the application, and
 * {@code gateway/bot} for a ShardManager.
 */
final class SessionRoutes implements RestResource {

    private final EmulatedGuild guild;
    private final GuildJson guildJson;
    private final Supplier<String> gatewayUrl;

    SessionRoutes(EmulatedGuild guild, GuildJson guildJson, Supplier<String> gatewayUrl) {
        this.guild = guild;
        this.guildJson = guildJson;
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        if (request.matches("GET", "users", "@me")) {
            return Optional.of(RestReply.ok(guildJson.user(guild.bot()).put("verified", true).put("mfa_enabled", false)));
        }
        if (request.matches("GET", "oauth2", "applications", "@me") || request.matches("GET", "applications", "@me")) {
            return Optional.of(RestReply.ok(application()));
        }
        if (request.matches("GET", "gateway", "bot")) {
            ObjectNode answer = WireJson.mapper().createObjectNode().put("url", gatewayUrl.get()).put("shards", 1);
            answer.putObject("session_start_limit")
                    .put("total", 1000).put("remaining", 1000).put("reset_after", 0).put("max_concurrency", 1);
            return Optional.of(RestReply.ok(answer));
        }
        if (request.matches("GET", "gateway")) {
            return Optional.of(RestReply.ok(WireJson.mapper().createObjectNode().put("url", gatewayUrl.get())));
        }
        return Optional.empty();
    }

    private ObjectNode application() {
        ObjectNode application = WireJson.mapper().createObjectNode()
                .put("id", Long.toUnsignedString(guild.application().id()))
                .put("name", guild.application().botName())
                .put("description", "")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("flags", 0)
                .put("verify_key", "")
                .put("summary", "");
        application.putNull("icon");
        application.putNull("team");
        application.set("owner", guildJson.user(guild.owner()));
        application.set("bot", guildJson.user(guild.bot()));
        return application;
    }
}
