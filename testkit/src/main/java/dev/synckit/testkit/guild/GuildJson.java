package dev.synckit.testkit.guild;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;

import java.util.List;

/**
 * The guild's entities as Discord JSON, with every key JDA 5.6.1 reads without a default (a missing one makes JDA
 * drop the event or wait for its guild-setup timeout).
 */
public final class GuildJson {

    /** JDA accepts only Discord's AFK timeouts (60, 300, 900, 1800, 3600). */
    private static final int AFK_TIMEOUT_SECONDS = 300;

    private final ObjectMapper json = WireJson.mapper();
    private final EmulatedGuild guild;

    public GuildJson(EmulatedGuild guild) {
        this.guild = guild;
    }

    public ObjectNode user(Member member) {
        ObjectNode user = json.createObjectNode()
                .put("id", Long.toUnsignedString(member.id()))
                .put("username", member.name())
                .put("global_name", member.name())
                .put("discriminator", "0")
                .put("public_flags", 0)
                .put("bot", member.bot());
        user.putNull("avatar");
        return user;
    }

    public ObjectNode member(Member member) {
        ObjectNode node = json.createObjectNode();
        node.set("user", user(member));
        ArrayNode roles = node.putArray("roles");
        member.roleIds().forEach(roleId -> roles.add(Long.toUnsignedString(roleId)));
        node.put("joined_at", member.joinedAt().toString())
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false);
        node.putNull("nick");
        node.putNull("avatar");
        node.putNull("premium_since");
        node.putNull("communication_disabled_until");
        return node;
    }

    /** A member as an interaction carries it: with its permissions in the channel, as a decimal string. */
    public ObjectNode interactionMember(Member member, Channel channel) {
        return member(member).put("permissions", Long.toUnsignedString(guild.permissionsIn(member, channel)));
    }

    public ObjectNode role(Role role) {
        ObjectNode node = json.createObjectNode()
                .put("id", Long.toUnsignedString(role.id()))
                .put("name", role.name())
                .put("color", role.color())
                .put("hoist", false)
                .put("position", role.position())
                .put("permissions", Long.toUnsignedString(role.permissions()))
                .put("managed", role.managed())
                .put("mentionable", false)
                .put("flags", 0);
        node.putObject("colors").put("primary_color", role.color());
        if (role.managed()) {
            node.putObject("tags").put("bot_id", Long.toUnsignedString(guild.application().botUserId()));
        }
        return node;
    }

    public ObjectNode channel(Channel channel) {
        ObjectNode node = json.createObjectNode()
                .put("id", Long.toUnsignedString(channel.id()))
                .put("type", 0)
                .put("guild_id", Long.toUnsignedString(guild.id()))
                .put("name", channel.name())
                .put("position", channel.position())
                .put("nsfw", false)
                .put("rate_limit_per_user", 0);
        node.putNull("topic");
        node.putNull("parent_id");
        node.putNull("last_message_id");
        ArrayNode overwrites = node.putArray("permission_overwrites");
        guild.overwrites(channel).forEach(overwrite -> overwrites.addObject()
                .put("id", Long.toUnsignedString(overwrite.id()))
                .put("type", overwrite.type())
                .put("allow", Long.toUnsignedString(overwrite.allow()))
                .put("deny", Long.toUnsignedString(overwrite.deny())));
        return node;
    }

    /** The channel as an interaction carries it: with the invoking member's permissions. */
    public ObjectNode interactionChannel(Channel channel, Member member) {
        return channel(channel).put("permissions", Long.toUnsignedString(guild.permissionsIn(member, channel)));
    }

    /** The partial guild object of an interaction (JDA needs it, not only guild_id). */
    public ObjectNode interactionGuild() {
        ObjectNode node = json.createObjectNode()
                .put("id", Long.toUnsignedString(guild.id()))
                .put("locale", "en-US")
                .put("preferred_locale", "en-US");
        node.putArray("features");
        return node;
    }

    /** The guild as {@code GET guilds/{id}} answers it: GUILD_CREATE's guild without the gateway's extras. */
    public ObjectNode guild() {
        ObjectNode node = guildCreate();
        node.remove(List.of("joined_at", "large", "unavailable", "member_count", "members", "channels", "threads",
                "voice_states", "presences", "stage_instances", "guild_scheduled_events"));
        return node;
    }

    /** GUILD_CREATE's payload; member_count equals the members sent, or JDA asks for member chunks. */
    public ObjectNode guildCreate() {
        var members = guild.members();
        ObjectNode node = json.createObjectNode()
                .put("id", Long.toUnsignedString(guild.id()))
                .put("name", guild.name())
                .put("owner_id", Long.toUnsignedString(guild.owner().id()))
                .put("afk_timeout", AFK_TIMEOUT_SECONDS)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "en-US")
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", members.size())
                .put("max_members", 500_000)
                .put("joined_at", guild.bot().joinedAt().toString());
        for (String absent : new String[]{"icon", "splash", "banner", "description", "vanity_url_code",
                "afk_channel_id", "system_channel_id", "rules_channel_id", "public_updates_channel_id"}) {
            node.putNull(absent);
        }
        for (String empty : new String[]{"features", "emojis", "stickers", "threads", "guild_scheduled_events",
                "voice_states", "presences", "stage_instances"}) {
            node.putArray(empty);
        }
        ArrayNode roles = node.putArray("roles");
        guild.roles().forEach(role -> roles.add(role(role)));
        ArrayNode channels = node.putArray("channels");
        guild.channels().forEach(channel -> channels.add(channel(channel)));
        ArrayNode memberArray = node.putArray("members");
        members.forEach(member -> memberArray.add(member(member)));
        return node;
    }
}
