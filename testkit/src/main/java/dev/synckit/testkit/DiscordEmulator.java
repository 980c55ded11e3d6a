package dev.synckit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.testkit.gateway.Gateway;
import dev.synckit.testkit.guild.Application;
import dev.synckit.testkit.guild.Channel;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.guild.PermissionOverwrite;
import dev.synckit.testkit.guild.SnowflakeSource;
import dev.synckit.testkit.record.CommandRegistration;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.record.Transcript;
import dev.synckit.testkit.rest.OAuthGrants;
import dev.synckit.testkit.rest.RestRouter;
import dev.synckit.testkit.user.CommandOption;
import dev.synckit.testkit.user.MemberActions;
import okhttp3.mockwebserver.MockWebServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Discord on loopback for one bot: REST under {@link #restBaseUrl()}, the gateway at {@link #gatewayUrl()}, one
 * guild, Discord's OAuth2 login (approved at once by a chosen member), and a {@link Transcript} of everything the
 * bot sent. Act as a member with {@link #dispatchSlashCommand}
 * and {@link #clickButton}; wait for the bot with the {@code await…} methods.
 */
public final class DiscordEmulator implements AutoCloseable {

    private final MockWebServer server;
    private final EmulatedGuild guild;
    private final Transcript transcript;
    private final Gateway gateway;
    private final MemberActions actions;
    private final String deployChannel;
    private final OAuthGrants grants;
    private final SnowflakeSource ids;

    private DiscordEmulator(MockWebServer server, EmulatedGuild guild, Transcript transcript, Gateway gateway,
                            MemberActions actions, String deployChannel, OAuthGrants grants, SnowflakeSource ids) {
        this.server = server;
        this.guild = guild;
        this.transcript = transcript;
        this.gateway = gateway;
        this.actions = actions;
        this.deployChannel = deployChannel;
        this.grants = grants;
        this.ids = ids;
    }

    public static DiscordEmulator start() {
        return start(EmulatorOptions.defaults());
    }

    /** Binds 127.0.0.1 on a free port. */
    public static DiscordEmulator start(EmulatorOptions options) {
        Clock clock = Clock.systemUTC();
        SnowflakeSource ids = new SnowflakeSource(clock);
        Application application = new Application(ids.next(), ids.next(), options.botName(),
                "emulated." + UUID.randomUUID().toString().replace("-", ""));
        EmulatedGuild guild = EmulatedGuild.create(ids, application, options.guildName(), options.channels(),
                options.botPermissions(), clock.instant());
        GuildJson guildJson = new GuildJson(guild);
        Transcript transcript = new Transcript(clock);
        Gateway gateway = new Gateway(guild, guildJson, transcript, options.heartbeatInterval());
        MemberActions actions = new MemberActions(guild, guildJson, ids, transcript, gateway);
        OAuthGrants grants = new OAuthGrants(guild.owner(), clock);
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelaySockets());
        InetAddress loopback = InetAddress.ofLiteral("127.0.0.1");
        server.setDispatcher(new LoopbackDispatcher(new RestRouter(guild, ids, transcript, gateway, actions, grants,
                clock, options.editsPerSecond(), () -> forgetOneRequest(server)), loopback, server::getPort,
                () -> forgetOneRequest(server)));
        try {
            server.start(loopback, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the Discord emulator on 127.0.0.1", e);
        }
        DiscordEmulator emulator = new DiscordEmulator(server, guild, transcript, gateway, actions,
                options.deployChannel(), grants, ids);
        gateway.publishedAt(emulator.gatewayUrl());
        return emulator;
    }

    /** {@code http://127.0.0.1:P/api/v10/}, for JDA's {@code RestConfig#setBaseUrl}. */
    public String restBaseUrl() {
        return baseUrl() + "api/v10/";
    }

    /** {@code ws://127.0.0.1:P/gateway}, for JDA's {@code SessionController#getGateway}. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gateway";
    }

    /** {@code http://127.0.0.1:P/}; the playground lives under {@code emulator/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/";
    }

    /** The only token REST and the gateway accept. */
    public String botToken() {
        return guild.application().botToken();
    }

    public Application application() {
        return guild.application();
    }

    public EmulatedGuild guild() {
        return guild;
    }

    /** A member with exactly these roles ("maintainer", "admin", …); created on first use. */
    public Member member(String name, String... roles) {
        return guild.member(name, roles);
    }

    /** A Discord user who is not in the guild, to log in as someone without membership. */
    public Member outsider(String name) {
        return new Member(ids.next(), name, List.of(), false, SnowflakeSource.timeOf(ids.next()));
    }

    /** {@code http://127.0.0.1:P/oauth2/authorize}: Discord's authorization page, approving at once. */
    public String oauthAuthorizeUrl() {
        return baseUrl() + "oauth2/authorize";
    }

    /** The OAuth2 client id: the application's id, as on Discord. */
    public String oauthClientId() {
        return Long.toUnsignedString(guild.application().id());
    }

    /** The OAuth2 client secret the token endpoint accepts. */
    public String oauthClientSecret() {
        return grants.clientSecret();
    }

    /** Who approves logins on the authorization page from now on (the guild's owner until told otherwise). */
    public void approveLoginsAs(Member member) {
        grants.approveAs(member);
    }

    /** Logins from now on are cancelled on the authorization page ({@code error=access_denied}). */
    public void denyLogins() {
        grants.denyAll();
    }

    public Channel channel(String name) {
        return guild.channel(name);
    }

    public Channel deployChannel() {
        return guild.channel(deployChannel);
    }

    /**
     * Sets a permission overwrite on the channel, as a server admin does in the channel's settings, and tells the
     * bot with CHANNEL_UPDATE.
     */
    public void overwrite(Channel channel, PermissionOverwrite overwrite) {
        guild.overwrite(channel, overwrite);
        gateway.dispatch("CHANNEL_UPDATE", new GuildJson(guild).channel(channel));
    }

    public InteractionExchange dispatchSlashCommand(Member member, Channel channel, String command,
                                                    CommandOption... options) {
        return actions.slashCommand(member, channel, command, List.of(options));
    }

    public InteractionExchange clickButton(Member member, RecordedMessage message, String customId) {
        return actions.click(member, message, customId);
    }

    /** Any other gateway event, numbered and kept for replay like every dispatch. */
    public void dispatch(String eventType, ObjectNode data) {
        gateway.dispatch(eventType, data);
    }

    /** Drops the bot's socket as Discord does before asking it to resume (close code 4000). */
    public void disconnect() {
        gateway.disconnect();
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The channel's messages now, oldest first. */
    public List<RecordedMessage> messages(Channel channel) {
        return transcript.channelMessages(channel.id());
    }

    public List<CommandRegistration> registrations() {
        return transcript.registrations();
    }

    /** The first message in the channel whose latest version matches. */
    public RecordedMessage awaitMessage(Channel channel, Predicate<MessageVersion> matches, Duration timeout) {
        return transcript.await("a message in #" + channel.name() + " matching", timeout,
                () -> transcript.channelMessages(channel.id()).stream()
                        .filter(message -> matches.test(message.latest())).findFirst());
    }

    /** The message once it has at least {@code versions} versions (1 = created, 2 = edited once, …). */
    public RecordedMessage awaitVersions(RecordedMessage message, int versions, Duration timeout) {
        return transcript.await(versions + " versions of message " + message.id(), timeout,
                () -> message.versions().size() >= versions ? Optional.of(message) : Optional.empty());
    }

    /** The opcodes the bot sent on the gateway, in order. */
    public List<Integer> gatewayOps() {
        return transcript.gatewayOps();
    }

    /** The most gateway sessions that had a socket open at the same time (one per bot process on Discord). */
    public int maxOpenSessions() {
        return gateway.maxOpenSessions();
    }

    /** Gateway sessions with a socket open now. */
    public int openSessions() {
        return gateway.openSessions();
    }

    /** Waits until the bot has sent gateway opcode {@code op} at least {@code times} times. */
    public void awaitGatewayOp(int op, int times, Duration timeout) {
        transcript.await(times + " gateway op " + op, timeout, () -> transcript.gatewayOps().stream()
                .filter(sent -> sent == op).count() >= times ? Optional.of(op) : Optional.empty());
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the Discord emulator", e);
        }
    }

    private static void forgetOneRequest(MockWebServer server) {
        try {
            server.takeRequest(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
