package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.SnowflakeSource;
import dev.synckit.testkit.record.MessageVersion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Builds the bot's messages as Discord stores and returns them, from what the bot sent to create or edit them. */
final class MessageJson {

    /** "The application is thinking": a deferred reply until its first edit. */
    static final int LOADING_FLAG = 1 << 7;

    private final EmulatedGuild guild;
    private final GuildJson guildJson;
    private final Clock clock;

    MessageJson(EmulatedGuild guild, GuildJson guildJson, Clock clock) {
        this.guild = guild;
        this.guildJson = guildJson;
        this.clock = clock;
    }

    ObjectNode create(long id, long channelId, JsonNode body, int extraFlags) {
        ObjectNode message = WireJson.mapper().createObjectNode()
                .put("id", Long.toUnsignedString(id))
                .put("type", 0)
                .put("channel_id", Long.toUnsignedString(channelId))
                .put("guild_id", Long.toUnsignedString(guild.id()));
        message.set("author", guildJson.user(guild.bot()));
        message.put("content", body.path("content").asText(""));
        message.set("embeds", embeds(body.path("embeds")));
        message.set("components", array(body.path("components")));
        message.set("attachments", array(body.path("attachments")));
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.put("mention_everyone", false)
                .put("tts", body.path("tts").asBoolean(false))
                .put("pinned", false)
                .put("flags", body.path("flags").asInt(0) | extraFlags)
                .put("timestamp", iso(SnowflakeSource.timeOf(id).toEpochMilli()));
        message.putNull("edited_timestamp");
        return message;
    }

    /** The next version: keys the edit carries replace the current ones; the ephemeral flag stays. */
    ObjectNode edit(ObjectNode current, JsonNode body) {
        ObjectNode next = current.deepCopy();
        if (body.has("content")) {
            next.put("content", body.path("content").asText(""));
        }
        if (body.has("embeds")) {
            next.set("embeds", embeds(body.path("embeds")));
        }
        if (body.has("components")) {
            next.set("components", array(body.path("components")));
        }
        if (body.has("attachments")) {
            next.set("attachments", array(body.path("attachments")));
        }
        int kept = current.path("flags").asInt(0) & MessageVersion.EPHEMERAL_FLAG;
        int asked = body.has("flags") ? body.path("flags").asInt(0) : current.path("flags").asInt(0);
        next.put("flags", (asked & ~LOADING_FLAG & ~MessageVersion.EPHEMERAL_FLAG) | kept);
        next.put("edited_timestamp", iso(clock.millis()));
        return next;
    }

    /** Discord marks every embed a bot sends as "rich". */
    private static ArrayNode embeds(JsonNode sent) {
        ArrayNode embeds = array(sent);
        embeds.forEach(embed -> {
            if (embed instanceof ObjectNode object && !object.has("type")) {
                object.put("type", "rich");
            }
        });
        return embeds;
    }

    private static ArrayNode array(JsonNode sent) {
        return sent.isArray() ? (ArrayNode) sent.deepCopy() : WireJson.mapper().createArrayNode();
    }

    private static String iso(long epochMillis) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).toString();
    }
}
