package dev.synckit.bot;

import dev.synckit.config.BuildIdentity;
import dev.synckit.config.DiscordSettings;
import dev.synckit.config.HttpSettings;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.ServiceSettings;
import dev.synckit.config.Settings;
import dev.synckit.config.StoreSettings;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.deployment.DeployQueue;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.deployment.Transitions;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.people.People;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.store.Store;
import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.NotSeenException;
import dev.synckit.testkit.record.RecordedMessage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The real bot against the Discord emulator over a real websocket, a real H2 store and the real core services;
 * only the deploy agent is {@link ScriptedAgent scripted}. Targets: {@code default}, {@code prod} (confirm),
 * and {@code staging} and {@code edge}, which announcements leave out; each test uses its own target's queue.
 */
final class BotWorld implements AutoCloseable {

    static final String SECRET = "s3cr3t-token-value";
    static final Duration WAIT = Duration.ofSeconds(10);

    final DiscordEmulator discord = DiscordEmulator.start();
    final Store store;
    final ScriptedAgent agent = new ScriptedAgent();
    final Transitions transitions;
    final DeploymentService deployments;
    final TargetLocks locks;
    final Progress progress;
    final Settings settings;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DeployQueue queue;
    private final List<CommandController> extensions;
    private RunningBot bot;

    BotWorld(Path dir, List<CommandController> extensions) {
        this.extensions = extensions;
        store = Store.open(new H2TestDatabase(dir).connection());
        var clock = Clock.systemUTC();
        var targets = new LinkedHashMap<String, TargetSettings>();
        targets.put("default", target("default", false));
        targets.put("prod", target("prod", true));
        targets.put("staging", other("staging"));
        targets.put("edge", other("edge"));
        transitions = new Transitions(store.deployments());
        queue = new DeployQueue(targets, store.deployments(), transitions, store.locks(), agent,
                id -> URI.create("http://127.0.0.1:1/callbacks/" + id), clock);
        transitions.listen(queue);
        deployments = new DeploymentService(targets, store.deployments(), transitions, store.locks(), store.audit(),
                agent, queue, clock);
        locks = new TargetLocks(targets.keySet(), store.locks(), store.audit(), clock, queue::wake);
        progress = new Progress(transitions);
        var discordSettings = new DiscordSettings(Secret.of(discord.botToken()), Optional.empty(),
                Optional.of(Long.toString(discord.guild().id())), URI.create(discord.restBaseUrl()),
                URI.create(discord.gatewayUrl()), Optional.of(Long.toString(discord.deployChannel().id())),
                List.of(), Optional.empty(), false);
        settings = new Settings(new ServiceSettings("ledger", Optional.of(URI.create("https://example.org/ledger"))),
                discordSettings, new HttpSettings("127.0.0.1", 0, Optional.empty()),
                new StoreSettings(dir, StoreSettings.h2Url(dir), "sa", Secret.empty()), Secret.empty(),
                Secret.empty(), targets, BuildIdentity.none());
    }

    private static TargetSettings target(String name, boolean confirm) {
        return new TargetSettings(name, URI.create("http://127.0.0.1:1/"), Secret.of("agent-secret"),
                Optional.empty(), confirm, NewVersionPolicy.ANNOUNCE, List.of());
    }

    /** A target only another package concerns, so that announcements leave it out. */
    private static TargetSettings other(String name) {
        return new TargetSettings(name, URI.create("http://127.0.0.1:1/"), Secret.of("agent-secret"),
                Optional.empty(), false, NewVersionPolicy.ANNOUNCE, List.of("com.example.other"));
    }

    RunningBot start() {
        bot = DiscordBot.start(settings, services(), meters);
        return bot;
    }

    BotServices services() {
        return new BotServices(deployments, locks, store.chat(), transitions,
                new VerifyInfo("EggLedger", "ab12cd", "v1.2.3", "2026-06-10"), "a1b2c3d4e5",
                Optional.of(URI.create("https://github.com/example/ledger")), Set.of(SECRET), Clock.systemUTC(),
                extensions, new ApiTokens(store.tokens(), store.audit(), settings.targets().keySet(),
                        Clock.systemUTC()), new People(store.people(), Clock.systemUTC()));
    }

    /** The deploy channel's status message of the deployment, once its latest version matches. */
    RecordedMessage statusMessage(Deployment deployment, Predicate<MessageVersion> when) {
        return discord.awaitMessage(discord.deployChannel(),
                v -> v.json().toString().contains(deployment.id().toString()) && when.test(v), WAIT);
    }

    /** The message's latest version once it matches; edits are awaited without polling. */
    MessageVersion awaitLatest(RecordedMessage message, Predicate<MessageVersion> when) {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (when.test(message.latest())) {
                return message.latest();
            }
            try {
                discord.awaitVersions(message, message.versions().size() + 1, Duration.ofMillis(500));
            } catch (NotSeenException notYet) {
                // no new version within the slice: look again until the deadline
            }
        }
        throw new AssertionError("message never matched: " + message);
    }

    /** The stored deployment once it has the status (the queue moves it on its own thread). */
    Deployment awaitStatus(DeploymentId id, DeploymentStatus status) throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var current = deployments.find(id).orElseThrow();
            if (current.status() == status) {
                return current;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("deployment " + id + " never became " + status.wireName() + ": "
                + deployments.find(id));
    }

    /** A deployment of the target that ran and succeeded at {@code toHash}, and whose status message shows it. */
    Deployment succeeded(String target, String toHash) throws Exception {
        var d = deployments.request(new DeployRequest(target, Optional.empty(), "api", "", true));
        awaitStatus(d.id(), DeploymentStatus.RUNNING);
        var done = progress.end(d.id(), DeploymentStatus.SUCCEEDED, toHash, List.of(), null);
        awaitLatest(statusMessage(done, v -> true), v -> title(v).equals("Deployed " + target));
        return done;
    }

    /** How a link to the deployment's status message ends: {@code /<channel>/<message>}. */
    String statusLinkTail(Deployment deployment) {
        var message = store.chat().message(StatusBoard.KIND, deployment.id().toString()).orElseThrow();
        return "/" + message.channelId() + "/" + message.messageId();
    }

    static String title(MessageVersion version) {
        return version.embeds().path(0).path("title").asText();
    }

    /** Closes the bot only: the store and the emulator stay, as for a restart of the service. */
    void stopBot() {
        if (bot != null) {
            bot.close();
            bot = null;
        }
    }

    @Override
    public void close() {
        stopBot();
        queue.close();
        store.close();
        discord.close();
    }
}
