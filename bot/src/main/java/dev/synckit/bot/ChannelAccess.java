package dev.synckit.bot;

import dev.synckit.commands.CannotPostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.channel.GenericChannelEvent;
import net.dv8tion.jda.api.events.guild.GenericGuildEvent;
import net.dv8tion.jda.api.events.guild.override.GenericPermissionOverrideEvent;
import net.dv8tion.jda.api.events.role.GenericRoleEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's permissions in the channels it posts in (deploy and status), checked when it is ready and whenever the
 * guild, a role or a channel changes: each missing permission is logged once, in one line naming it as Discord's
 * settings do, with the invite URL that grants exactly what the bot needs. A message the bot may not post fails with
 * the same sentences ({@link #requirePost}), which the person who asked then reads.
 */
final class ChannelAccess implements EventListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAccess.class);

    private final JDA jda;
    private final List<String> channelIds;
    private final String inviteUrl;
    /** What was last logged per channel, so that a change is logged once and an unrelated event logs nothing. */
    private final Map<String, List<String>> logged = new ConcurrentHashMap<>();

    /** @param applicationId the application's id (the bot user's id when none is configured) */
    ChannelAccess(JDA jda, String applicationId, List<String> channelIds) {
        this.jda = jda;
        this.channelIds = List.copyOf(channelIds);
        this.inviteUrl = "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot+applications.commands&permissions=" + BotPermission.inviteBits();
    }

    /** Logs what the bot lacks in each of its channels, when that changed since the last check. */
    void check() {
        for (var channelId : channelIds) {
            var missing = missing(channelId);
            var before = logged.put(channelId, missing);
            if (missing.equals(before)) {
                continue;
            }
            missing.forEach(LOG::warn);
            if (!missing.isEmpty()) {
                LOG.warn("Grant it in the channel's permissions, or invite the bot with what it needs: {}", inviteUrl);
            } else if (before != null) {
                LOG.info("The bot has every permission it needs in {} again.", name(channelId));
            }
        }
    }

    /** @throws CannotPostException naming what the bot lacks in the channel to post its messages there */
    void requirePost(String channelId) throws CannotPostException {
        var missing = missing(channelId);
        if (!missing.isEmpty()) {
            throw cannotPost(String.join(" ", missing));
        }
    }

    /**
     * Why Discord refused a message the permissions known here allowed (they changed and the news has not arrived
     * yet): the same advice, naming every permission the bot needs.
     */
    CannotPostException refused(String channelId) {
        var needed = String.join(", ", Arrays.stream(BotPermission.values())
                .map(BotPermission::settingsName).toList());
        return cannotPost("Discord refused the bot's message in " + name(channelId) + ": it needs " + needed
                + " there.");
    }

    private CannotPostException cannotPost(String why) {
        return new CannotPostException(why + " A server admin can grant it in the channel's permissions, or invite "
                + "the bot again: " + inviteUrl);
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof GenericPermissionOverrideEvent || event instanceof GenericRoleEvent
                || event instanceof GenericChannelEvent || event instanceof GenericGuildEvent) {
            check();
        }
    }

    /** One sentence per missing permission: "The bot lacks Send Messages in #deploys." */
    private List<String> missing(String channelId) {
        var channel = jda.getGuildChannelById(channelId);
        if (channel == null) {
            return List.of("The bot cannot find the channel " + channelId + ".");
        }
        var granted = channel.getGuild().getSelfMember().getPermissions(channel);
        var sentences = new ArrayList<String>();
        for (var needed : BotPermission.values()) {
            if (!granted.contains(needed.jda())) {
                sentences.add("The bot lacks " + needed.settingsName() + " in " + name(channel) + ".");
            }
        }
        return List.copyOf(sentences);
    }

    private String name(String channelId) {
        var channel = jda.getGuildChannelById(channelId);
        return channel == null ? channelId : name(channel);
    }

    private static String name(GuildChannel channel) {
        return "#" + channel.getName();
    }
}
