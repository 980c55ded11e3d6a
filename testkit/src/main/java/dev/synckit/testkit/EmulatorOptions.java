package dev.synckit.testkit;

import dev.synckit.testkit.guild.Permissions;

import java.time.Duration;
import java.util.List;

/**
 * How the emulated Discord looks: names, the guild's text channels (one of them the deploy channel), the optional
 * per-message edit limit (0 = off), the heartbeat interval HELLO announces, and the permissions the bot's invite
 * gave its managed role.
 */
public record EmulatorOptions(String botName, String guildName, List<String> channels, String deployChannel,
                              int editsPerSecond, Duration heartbeatInterval, long botPermissions) {

    /** Options whose bot was invited with exactly what synckit's invite URL asks for. */
    public EmulatorOptions(String botName, String guildName, List<String> channels, String deployChannel,
                           int editsPerSecond, Duration heartbeatInterval) {
        this(botName, guildName, channels, deployChannel, editsPerSecond, heartbeatInterval, Permissions.BOT_INVITE);
    }

    public EmulatorOptions {
        channels = List.copyOf(channels);
        if (!channels.contains(deployChannel)) {
            throw new IllegalArgumentException("the deploy channel " + deployChannel + " is not among " + channels);
        }
        if (editsPerSecond < 0) {
            throw new IllegalArgumentException("editsPerSecond must be 0 (off) or more, not " + editsPerSecond);
        }
    }

    /** "synckit" in "Test Guild" with #general and #deploys, no edit limit, Discord's 41.25 s heartbeat. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions("synckit", "Test Guild", List.of("general", "deploys"), "deploys", 0,
                Duration.ofMillis(41_250));
    }

    /** The same, refusing with 429 more than {@code perSecond} edits of one message within a second. */
    public EmulatorOptions withEditLimit(int perSecond) {
        return new EmulatorOptions(botName, guildName, channels, deployChannel, perSecond, heartbeatInterval,
                botPermissions);
    }

    /** The same, with the bot's managed role granting exactly {@code permissions} (a narrower invite, say). */
    public EmulatorOptions withBotPermissions(long permissions) {
        return new EmulatorOptions(botName, guildName, channels, deployChannel, editsPerSecond, heartbeatInterval,
                permissions);
    }
}
