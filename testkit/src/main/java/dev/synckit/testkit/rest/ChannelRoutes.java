package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.Channel;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.Permissions;
import dev.synckit.testkit.record.Transcript;

import java.util.List;
import java.util.Optional;

/**
 * {@code channels/{id}} and its messages, as the bot reaches them with its own token, refused as Discord refuses them
 * when the bot's permissions in the channel lack what the request needs: 403 50001 without View Channel, 403 50013
 * without Send Messages (or Attach Files for an upload, Read Message History for the history).
 */
final class ChannelRoutes implements RestResource {

    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 100;

    private final EmulatedGuild guild;
    private final GuildJson guildJson;
    private final BotMessages messages;
    private final Transcript transcript;

    ChannelRoutes(EmulatedGuild guild, GuildJson guildJson, BotMessages messages, Transcript transcript) {
        this.guild = guild;
        this.guildJson = guildJson;
        this.messages = messages;
        this.transcript = transcript;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        if (request.segments().isEmpty() || !request.segment(0).equals("channels") || request.segments().size() < 2) {
            return Optional.empty();
        }
        Optional<Channel> channel = guild.channel(request.id(1));
        if (channel.isEmpty()) {
            return Optional.of(DiscordError.notFound(DiscordError.UNKNOWN_CHANNEL, "Unknown Channel"));
        }
        long channelId = channel.get().id();
        long allowed = guild.permissionsIn(guild.bot(), channel.get());
        if ((allowed & Permissions.VIEW_CHANNEL) == 0) {
            return Optional.of(DiscordError.missingAccess());
        }
        if (request.matches("GET", "channels", "*")) {
            return Optional.of(RestReply.ok(guildJson.channel(channel.get())));
        }
        if (request.matches("POST", "channels", "*", "messages")) {
            long needed = Permissions.SEND_MESSAGES | (request.files().isEmpty() ? 0 : Permissions.ATTACH_FILES);
            if ((allowed & needed) != needed) {
                return Optional.of(DiscordError.missingPermissions());
            }
            return Optional.of(messages.refusal(request.body(), List.of())
                    .orElseGet(() -> BotMessages.reply(messages.create(channelId, request.body(), request.files(), 0, true))));
        }
        if (request.matches("GET", "channels", "*", "messages")) {
            return Optional.of((allowed & Permissions.READ_MESSAGE_HISTORY) == 0 ? DiscordError.missingPermissions()
                    : history(request, channelId));
        }
        if (request.pathMatches("channels", "*", "messages", "*")) {
            return Optional.of(oneMessage(request, channelId));
        }
        return Optional.empty();
    }

    private RestReply oneMessage(RestRequest request, long channelId) {
        return messages.find(request.id(3))
                .filter(message -> message.channelId() == channelId && message.inChannel())
                .map(message -> messages.act(message, request))
                .orElseGet(BotMessages::unknownMessage);
    }

    /** Newest first, as Discord pages them; {@code before} and {@code limit} are honoured. */
    private RestReply history(RestRequest request, long channelId) {
        String before = request.url().queryParameter("before");
        long beforeId = before == null ? Long.MAX_VALUE : Long.parseUnsignedLong(before);
        String limitParameter = request.url().queryParameter("limit");
        int limit = limitParameter == null ? DEFAULT_PAGE
                : Math.clamp(Integer.parseInt(limitParameter), 1, MAX_PAGE);
        ArrayNode page = WireJson.mapper().createArrayNode();
        transcript.channelMessages(channelId).reversed().stream()
                .filter(message -> message.id() < beforeId)
                .limit(limit)
                .forEach(message -> page.add(message.latest().json()));
        return RestReply.ok(page);
    }
}
