package dev.synckit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.Channel;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.PermissionOverwrite;
import dev.synckit.testkit.guild.Permissions;
import dev.synckit.testkit.record.Acknowledgement;
import dev.synckit.testkit.record.InteractionExchange;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.EmbedType;
import net.dv8tion.jda.api.events.guild.override.GenericPermissionOverrideEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.synckit.testkit.EmulatedBot.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the bot depends on Discord doing, each held against the real JDA: the invited bot's managed role and the
 * channel overwrites decide its permissions (in JDA's cache and at the REST door alike), embeds come back "rich",
 * and two processes on one token each get every interaction while only the first acknowledgement counts.
 */
class DiscordFidelityTest {

    @Test
    void theInvitedBotHoldsExactlyItsManagedRolesPermissions() {
        try (EmulatedBot bot = EmulatedBot.start(EmulatorOptions.defaults())) {
            Guild guild = bot.jda.getGuildById(bot.emulator.guild().id());
            Member self = guild.getSelfMember();
            Role managed = self.getRoles().stream().filter(Role::isManaged).findFirst().orElseThrow();
            // JDA keeps role tags only with CacheFlag.ROLE_TAGS; the GUILD_CREATE it parsed carries them
            JsonNode role = new GuildJson(bot.emulator.guild()).role(bot.emulator.guild().botRole());
            assertEquals(bot.emulator.application().botUserId(), role.path("tags").path("bot_id").asLong());
            assertEquals(managed.getIdLong(), role.path("id").asLong());
            assertEquals(Permissions.BOT_INVITE, managed.getPermissionsRaw());
            assertEquals(Permissions.BOT_INVITE | Permissions.EVERYONE_DEFAULT, Permission.getRaw(self.getPermissions()));
            assertFalse(self.hasPermission(Permission.MANAGE_SERVER));
        }
    }

    @Test
    void aDenyInTheChannelReachesJdaAndTheRestDoorRefusesWithDiscordsCode() throws Exception {
        try (EmulatedBot bot = EmulatedBot.start(EmulatorOptions.defaults())) {
            DiscordEmulator discord = bot.emulator;
            Channel deploys = discord.deployChannel();
            TextChannel channel = bot.jda.getTextChannelById(deploys.id());
            Member self = channel.getGuild().getSelfMember();
            assertTrue(self.hasPermission(channel, Permission.MESSAGE_SEND));
            CompletableFuture<Void> updated = new CompletableFuture<>();
            bot.jda.addEventListener(new ListenerAdapter() {
                @Override
                public void onGenericPermissionOverride(GenericPermissionOverrideEvent event) {
                    updated.complete(null);
                }
            });

            discord.overwrite(deploys, PermissionOverwrite.forRole(discord.guild().botRole(), 0,
                    Permissions.SEND_MESSAGES));

            updated.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertFalse(self.hasPermission(channel, Permission.MESSAGE_SEND));
            assertTrue(self.hasPermission(channel, EnumSet.of(Permission.VIEW_CHANNEL,
                    Permission.MESSAGE_HISTORY)));
            InsufficientPermissionException local = assertThrows(InsufficientPermissionException.class,
                    () -> channel.sendMessage("hello").complete());
            assertEquals(Permission.MESSAGE_SEND, local.getPermission());

            HttpResponse<String> refused = post(discord, "channels/" + deploys.id() + "/messages",
                    "{\"content\":\"hello\"}");
            assertEquals(403, refused.statusCode());
            JsonNode body = WireJson.mapper().readTree(refused.body());
            assertEquals(50013, body.path("code").asInt());
            assertEquals("Missing Permissions", body.path("message").asText());
            assertEquals(List.of(), discord.messages(deploys));
            assertEquals(200, post(discord, "channels/" + discord.channel("general").id() + "/messages",
                    "{\"content\":\"hello\"}").statusCode());
        }
    }

    @Test
    void withoutViewChannelTheChannelIsMissingAccessAndAnInteractionThereStillGetsItsReply() throws Exception {
        try (EmulatedBot bot = EmulatedBot.start(EmulatorOptions.defaults(), new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("can I post here? " + event.getGuild().getSelfMember()
                        .hasPermission(event.getGuildChannel(), Permission.MESSAGE_SEND)).setEphemeral(true).queue();
            }
        })) {
            DiscordEmulator discord = bot.emulator;
            bot.jda.getGuildById(discord.guild().id()).updateCommands()
                    .addCommands(Commands.slash("ping", "Ping")).submit().get(10, TimeUnit.SECONDS);
            Channel deploys = discord.deployChannel();
            discord.overwrite(deploys, PermissionOverwrite.forRole(discord.guild().botRole(), 0,
                    Permissions.VIEW_CHANNEL));

            HttpResponse<String> refused = post(discord, "channels/" + deploys.id() + "/messages",
                    "{\"content\":\"hello\"}");
            assertEquals(403, refused.statusCode());
            assertEquals(50001, WireJson.mapper().readTree(refused.body()).path("code").asInt());

            InteractionExchange exchange = discord.dispatchSlashCommand(discord.member("alice"), deploys, "ping");
            assertEquals("can I post here? false", exchange.awaitCallback(WAIT).content());
        }
    }

    @Test
    void anEmbedComesBackRichSoJdaParsesIt() throws Exception {
        try (EmulatedBot bot = EmulatedBot.start(EmulatorOptions.defaults())) {
            var sent = bot.jda.getTextChannelById(bot.emulator.deployChannel().id())
                    .sendMessageEmbeds(new EmbedBuilder().setTitle("Deploying").build())
                    .submit().get(10, TimeUnit.SECONDS);
            assertEquals(EmbedType.RICH, sent.getEmbeds().getFirst().getType());
            assertEquals("rich", bot.emulator.messages(bot.emulator.deployChannel()).getFirst().latest().json()
                    .path("embeds").get(0).path("type").asText());
        }
    }

    @Test
    void twoProcessesOnOneTokenEachGetTheInteractionAndTheSecondAcknowledgementIs40060() throws Exception {
        BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
        try (EmulatedBot first = EmulatedBot.start(EmulatorOptions.defaults(), new Answering("first", outcomes))) {
            DiscordEmulator discord = first.emulator;
            JDA second = EmulatedBot.connect(discord, new Answering("second", outcomes));
            try {
                assertEquals(2, discord.openSessions());
                first.jda.getGuildById(discord.guild().id()).updateCommands()
                        .addCommands(Commands.slash("ping", "Ping")).submit().get(10, TimeUnit.SECONDS);

                InteractionExchange exchange = discord.dispatchSlashCommand(discord.member("alice"),
                        discord.channel("general"), "ping");

                List<Acknowledgement> acks = exchange.awaitAcknowledgements(2, WAIT);
                assertEquals(List.of(true, false), acks.stream().map(Acknowledgement::accepted).toList());
                String one = outcomes.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                String other = outcomes.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertNotNull(other);
                List<String> both = java.util.stream.Stream.of(one, other).sorted().toList();
                assertTrue(both.get(0).endsWith(" ok") != both.get(1).endsWith(" ok"), both.toString());
                String refused = both.stream().filter(o -> !o.endsWith(" ok")).findFirst().orElseThrow();
                assertTrue(refused.endsWith(" refused 40060"), refused);
                assertEquals(1, exchange.callbacks().size());
            } finally {
                EmulatedBot.stop(second);
            }
            assertEquals(2, discord.maxOpenSessions());
        }
    }

    private static HttpResponse<String> post(DiscordEmulator discord, String path, String json) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bot " + discord.botToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One bot process: answers every command and reports whether Discord took its answer. */
    private static final class Answering extends ListenerAdapter {

        private final String name;
        private final BlockingQueue<String> outcomes;

        Answering(String name, BlockingQueue<String> outcomes) {
            this.name = name;
            this.outcomes = outcomes;
        }

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            event.reply("pong from " + name).queue(done -> outcomes.add(name + " ok"),
                    failure -> outcomes.add(name + " refused " + (failure instanceof ErrorResponseException e
                            && e.getErrorResponse() == ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED
                            ? e.getErrorCode() : failure.toString())));
        }
    }
}
