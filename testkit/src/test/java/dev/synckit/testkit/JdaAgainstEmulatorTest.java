package dev.synckit.testkit;

import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.Channel;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.CommandRegistration;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.user.CommandOption;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static dev.synckit.testkit.EmulatedBot.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real JDA 5.6.1 against the emulator: login, commands, interactions, messages, limits. */
class JdaAgainstEmulatorTest {

    private static final ChatOpsListener BOT = new ChatOpsListener();
    private static EmulatedBot bot;
    private static DiscordEmulator discord;

    @BeforeAll
    static void login() throws Exception {
        bot = EmulatedBot.start(EmulatorOptions.defaults(), BOT);
        discord = bot.emulator;
        Guild guild = bot.jda.getGuildById(discord.guild().id());
        guild.updateCommands().addCommands(
                Commands.slash("status", "Show the status").addOption(OptionType.STRING, "target", "which server"),
                Commands.slash("updateserver", "Deploy the newest version")).submit().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void logout() throws Exception {
        bot.close();
    }

    @Test
    void jdaIsReadyWithTheGuildItsChannelsAndRoles() {
        Guild guild = bot.jda.getGuildById(discord.guild().id());
        assertNotNull(guild);
        assertEquals("Test Guild", guild.getName());
        assertEquals(List.of("general", "deploys"), guild.getTextChannels().stream().map(TextChannel::getName).toList());
        assertEquals(List.of("synckit", "admin", "maintainer", "@everyone"),
                guild.getRoles().stream().map(r -> r.getName()).toList());
        assertEquals(discord.application().id(), bot.jda.getSelfUser().getApplicationIdLong());
        assertEquals(List.of(), discord.transcript().unhandledRequests());
    }

    @Test
    void guildCommandsAreRecordedOnceWithIds() {
        List<CommandRegistration> registrations = discord.registrations();
        assertEquals(1, registrations.size());
        CommandRegistration registration = registrations.getFirst();
        assertFalse(registration.global());
        assertEquals(discord.guild().id(), registration.guildId());
        assertEquals(List.of("status", "updateserver"), registration.names());
        assertEquals("target", registration.command("status").path("options").get(0).path("name").asText());
        assertTrue(registration.command("status").path("id").asLong() > 0);
    }

    @Test
    void aSlashCommandGetsAnEphemeralReply() {
        Member alice = discord.member("alice");
        InteractionExchange exchange = discord.dispatchSlashCommand(alice, discord.deployChannel(), "status",
                CommandOption.string("target", "prod"));

        Callback callback = exchange.awaitCallback(WAIT);
        assertEquals(Callback.REPLY, callback.type());
        assertTrue(callback.ephemeral());
        assertEquals("status for prod", callback.content());
        assertTrue(exchange.original().orElseThrow().latest().ephemeral());
        assertTrue(discord.messages(discord.deployChannel()).stream()
                .noneMatch(m -> m.latest().content().equals("status for prod")), "an ephemeral reply is not in the channel");
        assertTrue(BOT.seen.contains("command status alice"));
    }

    @Test
    void aDeferredReplyIsEditedThroughOriginal() {
        InteractionExchange exchange = discord.dispatchSlashCommand(discord.member("bob", "maintainer"),
                discord.channel("general"), "updateserver");

        assertEquals(Callback.DEFERRED_REPLY, exchange.awaitCallback(WAIT).type());
        RecordedMessage original = exchange.awaitOriginal(v -> v.content().equals("deploy started"), WAIT);
        assertEquals(List.of("", "deploy started"), original.versions().stream().map(MessageVersion::content).toList());
        assertFalse(original.latest().ephemeral());
        assertEquals(original.id(), discord.awaitMessage(discord.channel("general"),
                v -> v.content().equals("deploy started"), WAIT).id());
    }

    @Test
    void aButtonClickCarriesTheMembersPermissionsAndUpdatesTheMessage() throws Exception {
        Channel deploys = discord.deployChannel();
        Message sent = bot.jda.getTextChannelById(deploys.id()).sendMessage("v2 is ready")
                .setActionRow(Button.primary("approve:42", "Approve")).submit().get(10, TimeUnit.SECONDS);
        RecordedMessage message = discord.transcript().message(sent.getIdLong()).orElseThrow();

        InteractionExchange refused = discord.clickButton(discord.member("carol"), message, "approve:42");
        assertTrue(refused.awaitCallback(WAIT).ephemeral());
        assertEquals("only maintainers may approve", refused.callbacks().getFirst().content());

        InteractionExchange approved = discord.clickButton(discord.member("dave", "maintainer"), message, "approve:42");
        assertEquals(Callback.UPDATE_MESSAGE, approved.awaitCallback(WAIT).type());
        assertEquals("approved by dave", message.latest().content());
        assertEquals(List.of(), message.latest().customIds());
        assertTrue(BOT.seen.contains("button approve:42 carol false"));
        assertTrue(BOT.seen.contains("button approve:42 dave true"));
    }

    @Test
    void aDeferredEditThenAChannelEditIsRecorded() throws Exception {
        Channel general = discord.channel("general");
        Message sent = bot.jda.getTextChannelById(general.id()).sendMessage("status: running")
                .setActionRow(Button.secondary("refresh:7", "Refresh")).submit().get(10, TimeUnit.SECONDS);
        RecordedMessage message = discord.transcript().message(sent.getIdLong()).orElseThrow();

        InteractionExchange exchange = discord.clickButton(discord.member("erin"), message, "refresh:7");
        assertEquals(Callback.DEFERRED_UPDATE, exchange.awaitCallback(WAIT).type());
        discord.awaitVersions(message, 2, WAIT);
        assertEquals(List.of("status: running", "refreshed"),
                message.versions().stream().map(MessageVersion::content).toList());
        assertEquals(List.of("refresh:7"), message.latest().customIds(), "an edit without components keeps them");
    }

    @Test
    void everyEditOfABotMessageIsAVersion() throws Exception {
        TextChannel channel = bot.jda.getTextChannelById(discord.channel("general").id());
        Message sent = channel.sendMessage("step 0").submit().get(10, TimeUnit.SECONDS);
        for (int step = 1; step <= 3; step++) {
            channel.editMessageById(sent.getIdLong(), "step " + step).submit().get(10, TimeUnit.SECONDS);
        }
        RecordedMessage message = discord.transcript().message(sent.getIdLong()).orElseThrow();
        assertEquals(3, message.editCount());
        assertEquals(List.of("step 0", "step 1", "step 2", "step 3"),
                message.versions().stream().map(MessageVersion::content).toList());
        for (int i = 1; i < 4; i++) {
            assertFalse(message.versions().get(i).at().isBefore(message.versions().get(i - 1).at()));
            assertFalse(message.versions().get(i).json().path("edited_timestamp").isNull());
        }
    }

    @Test
    void anEmbedOverDiscordsLimitIsRefusedAndQueueFails() {
        // EmbedBuilder would refuse it in the client; the constructor does not, so the emulator must
        MessageEmbed tooLong = new MessageEmbed(null, "title", "x".repeat(4097), null, null, 0, null, null,
                null, null, null, null, null);
        CompletableFuture<Message> send = bot.jda.getTextChannelById(discord.deployChannel().id())
                .sendMessageEmbeds(tooLong).submit();

        ExecutionException failure = assertThrows(ExecutionException.class, () -> send.get(10, TimeUnit.SECONDS));
        ErrorResponseException refused = assertInstanceOf(ErrorResponseException.class, failure.getCause());
        assertEquals(400, refused.getResponse().code);
        assertEquals(50035, refused.getErrorCode());
        assertTrue(refused.getMeaning().contains("Invalid Form Body"), refused.getMeaning());
        assertEquals(List.of(), discord.messages(discord.deployChannel()).stream()
                .filter(m -> !m.latest().embeds().isEmpty()).toList());
    }

    @Test
    void aBrowserRunsACommandAsANamedMemberThroughThePlayground() throws Exception {
        discord.member("frank", "maintainer");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = "{\"member\":\"frank\",\"channel_id\":\"" + discord.deployChannel().id()
                + "\",\"command\":\"status\",\"options\":[{\"name\":\"target\",\"value\":\"staging\"}]}";
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                        URI.create(discord.baseUrl() + "emulator/interactions/commands"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode());
        long id = WireJson.mapper().readTree(accepted.body()).path("interaction_id").asLong();

        InteractionExchange exchange = discord.transcript().interaction(id).orElseThrow();
        assertEquals("status for staging", exchange.awaitCallback(WAIT).content());
        HttpResponse<String> answers = http.send(HttpRequest.newBuilder(
                        URI.create(discord.baseUrl() + "emulator/interactions/" + id))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        var callback = WireJson.mapper().readTree(answers.body()).path("callbacks").get(0);
        assertEquals(4, callback.path("type").asInt());
        assertEquals(64, callback.path("data").path("flags").asInt());
        assertTrue(BOT.seen.contains("command status frank"));
    }
}
