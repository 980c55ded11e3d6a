package dev.synckit.app.playground;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.config.AppProfile;
import dev.synckit.config.HttpSettings;
import dev.synckit.config.Secret;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.EmulatorOptions;
import dev.synckit.testkit.guild.EmulatedGuild;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord on loopback for a newcomer without a bot token: the emulator, the demo repository and agent under
 * {@code <data dir>/playground/}, and the page. Each start gets a new emulated guild (new ids, no messages, no
 * commands); the bot registers its commands there as at every start, and the store's remembered messages name a
 * guild that no longer exists, so nothing acts on them.
 */
public final class Playground implements AutoCloseable {

    /** The member the page acts as by default: holds the maintainer role. */
    public static final String MAINTAINER = "you";
    /** The member without a role, to see a refusal. */
    public static final String GUEST = "guest";
    static final String PAGE_PATH = "/playground";

    private static final Logger LOG = LoggerFactory.getLogger(Playground.class);

    private final AppProfile profile;
    private final DiscordEmulator emulator;
    private final DemoAgent agent;
    private final EmulatorProxy proxy;
    private final NewVersionButton newVersion;

    private Playground(AppProfile profile, DiscordEmulator emulator, DemoAgent agent, EmulatorProxy proxy,
            NewVersionButton newVersion) {
        this.profile = profile;
        this.emulator = emulator;
        this.agent = agent;
        this.proxy = proxy;
        this.newVersion = newVersion;
    }

    /**
     * The playground, when the profile asks for it ({@link PlaygroundMode}), has no Discord token, has no target
     * configured and serves on a loopback address only: its page drives the emulator and the demo agent without any
     * login, which is for the person at this machine, not for a network (a container or a server binding 0.0.0.0
     * runs without Discord). The demo agent is the target {@code default}; an operator who configured targets
     * deploys real things, which a demo must never stand in for, so they run without Discord instead.
     */
    public static Optional<Playground> startIfAsked(AppProfile operator) {
        var discord = operator.settings().discord();
        if (!discord.playground() || !discord.playgroundAllowed() || operator.extensions(PlaygroundMode.class).isEmpty()) {
            return Optional.empty();
        }
        var configured = operator.settings().targets().keySet();
        if (!configured.isEmpty()) {
            LOG.warn("no DISCORD_TOKEN, but targets are configured ({}): the playground's demo agent never stands in "
                    + "for a configured target, so this runs without Discord", String.join(", ", configured));
            return Optional.empty();
        }
        var host = operator.settings().http().host();
        if (!loopback(host)) {
            LOG.warn("no DISCORD_TOKEN, but serving on {}: the playground runs on a loopback address only, so this runs "
                    + "without Discord", host);
            return Optional.empty();
        }
        return Optional.of(start(operator));
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Playground start(AppProfile operator) {
        var dir = operator.settings().store().dataDir().resolve("playground");
        var repository = DemoRepository.prepare(dir);
        var agent = DemoAgent.start(dir, repository.deployClone(), Secret.of(randomSecret()));
        DiscordEmulator emulator = null;
        try {
            emulator = DiscordEmulator.start(new EmulatorOptions("synckit", "synckit playground",
                    List.of("general", "deploys"), "deploys", 0, Duration.ofMillis(41_250)));
            // "Log in with Discord" on the emulator's authorization page logs in the page's maintainer
            emulator.approveLoginsAs(emulator.member(MAINTAINER, EmulatedGuild.MAINTAINER_ROLE));
            emulator.member(GUEST);
            var eventSecret = operator.settings().eventSecret().isEmpty()
                    ? Secret.of(randomSecret()) : operator.settings().eventSecret();
            var proxy = new EmulatorProxy(emulator.baseUrl());
            var newVersion = new NewVersionButton(repository, eventSecret, Clock.systemUTC());
            var page = new PageRoutes(PageRoutes.files(), proxy, newVersion, session(emulator)).routes();
            var profile = PlaygroundProfile.derive(operator, emulator, agent.url(), agent.secret(), eventSecret, page);
            return new Playground(profile, emulator, agent, proxy, newVersion);
        } catch (RuntimeException e) {
            agent.close();
            if (emulator != null) {
                emulator.close();
            }
            throw e;
        }
    }

    /** The operator's profile with Discord, the target {@code default} and the event secret of the playground. */
    public AppProfile profile() {
        return profile;
    }

    /** The page's address once the webserver listens on {@code port}. */
    public URI pageUrl(int port) {
        var http = profile.settings().http();
        return URI.create(new HttpSettings(http.host(), port, Optional.empty()).publicUrl(port) + PAGE_PATH);
    }

    /** Says where the page is, in a way nobody scrolling through the start-up log can miss. */
    public void announce(int port) {
        var line = "synckit playground: open " + pageUrl(port);
        var rule = "=".repeat(line.length() + 4);
        LOG.info("\n{}\n  {}\n  (no DISCORD_TOKEN: a Discord emulator and a demo deploy agent run on loopback)\n{}",
                rule, line, rule);
    }

    @Override
    public void close() {
        newVersion.close();
        proxy.close();
        emulator.close();
        agent.close();
    }

    private static ObjectNode session(DiscordEmulator emulator) {
        var session = WireJson.mapper().createObjectNode()
                .put("guild", emulator.guild().name())
                .put("bot", emulator.application().botName())
                .put("deployChannel", Long.toUnsignedString(emulator.deployChannel().id()))
                .put("maintainer", MAINTAINER)
                .put("guest", GUEST);
        var channels = session.putArray("channels");
        emulator.guild().channels().forEach(channel -> channels.addObject()
                .put("id", Long.toUnsignedString(channel.id())).put("name", channel.name()));
        // the page shows a mention <@id> as @name, as Discord does
        var members = session.putObject("members");
        emulator.guild().members().forEach(member -> members.put(Long.toUnsignedString(member.id()), member.name()));
        return session;
    }

    private static String randomSecret() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
