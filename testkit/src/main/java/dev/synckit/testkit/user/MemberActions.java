package dev.synckit.testkit.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.gateway.Gateway;
import dev.synckit.testkit.guild.Channel;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.guild.SnowflakeSource;
import dev.synckit.testkit.record.CommandRegistration;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.record.Transcript;

import java.util.List;
import java.util.UUID;

/**
 * What a member does in Discord's client, turned into INTERACTION_CREATE. Only what a real member could do: invoke a
 * command the bot registered, click a button that is on a message.
 */
public final class MemberActions {

    private static final int APPLICATION_COMMAND = 2;
    private static final int MESSAGE_COMPONENT = 3;
    private static final int BUTTON = 2;
    private static final int GUILD_CONTEXT = 0;

    private final EmulatedGuild guild;
    private final GuildJson guildJson;
    private final SnowflakeSource ids;
    private final Transcript transcript;
    private final Gateway gateway;

    public MemberActions(EmulatedGuild guild, GuildJson guildJson, SnowflakeSource ids, Transcript transcript,
                         Gateway gateway) {
        this.guild = guild;
        this.guildJson = guildJson;
        this.ids = ids;
        this.transcript = transcript;
        this.gateway = gateway;
    }

    /** The member runs {@code /command} in the channel; the command must be registered (guild first, then global). */
    public InteractionExchange slashCommand(Member member, Channel channel, String command, List<CommandOption> options) {
        JsonNode registered = registered(command);
        ObjectNode interaction = interaction(APPLICATION_COMMAND, member, channel);
        ObjectNode data = interaction.putObject("data")
                .put("id", registered.path("id").asText())
                .put("name", command)
                .put("type", 1);
        if (!registered.path("guild_id").isMissingNode()) {
            data.put("guild_id", registered.path("guild_id").asText());
        }
        var optionArray = data.putArray("options");
        options.forEach(option -> optionArray.add(option.toJson()));
        return send(interaction, member, channel, null);
    }

    /** The member clicks the button with this custom id on the message. */
    public InteractionExchange click(Member member, RecordedMessage message, String customId) {
        if (message.deleted() || !message.latest().customIds().contains(customId)) {
            throw new IllegalArgumentException("no button " + customId + " on message " + message.id()
                    + " (it has " + message.latest().customIds() + ")");
        }
        Channel channel = guild.channel(message.channelId())
                .orElseThrow(() -> new IllegalArgumentException("message " + message.id() + " is in no channel"));
        ObjectNode interaction = interaction(MESSAGE_COMPONENT, member, channel);
        interaction.putObject("data").put("custom_id", customId).put("component_type", BUTTON);
        interaction.set("message", message.latest().json());
        return send(interaction, member, channel, message);
    }

    private JsonNode registered(String command) {
        List<CommandRegistration> registrations = transcript.registrations().reversed();
        return registrations.stream().filter(registration -> !registration.global())
                .findFirst().map(registration -> registration.command(command))
                .or(() -> registrations.stream().filter(CommandRegistration::global)
                        .findFirst().map(registration -> registration.command(command)))
                .orElseThrow(() -> new IllegalStateException("the bot has not registered /" + command));
    }

    private ObjectNode interaction(int type, Member member, Channel channel) {
        String guildId = Long.toUnsignedString(guild.id());
        ObjectNode interaction = WireJson.mapper().createObjectNode()
                .put("id", Long.toUnsignedString(ids.next()))
                .put("application_id", Long.toUnsignedString(guild.application().id()))
                .put("type", type)
                .put("token", "emulated" + UUID.randomUUID().toString().replace("-", ""))
                .put("version", 1)
                .put("guild_id", guildId)
                .put("channel_id", Long.toUnsignedString(channel.id()))
                .put("app_permissions", Long.toUnsignedString(guild.permissionsIn(guild.bot(), channel)))
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", GUILD_CONTEXT);
        interaction.set("guild", guildJson.interactionGuild());
        interaction.set("channel", guildJson.interactionChannel(channel, member));
        interaction.set("member", guildJson.interactionMember(member, channel));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", guildId);
        return interaction;
    }

    private InteractionExchange send(ObjectNode interaction, Member member, Channel channel, RecordedMessage clicked) {
        InteractionExchange exchange = transcript.openInteraction(Long.parseUnsignedLong(interaction.get("id").asText()),
                interaction.get("token").asText(), channel.id(), member.name(), clicked);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return exchange;
    }
}
