package dev.synckit.app;

import dev.synckit.agentclient.HttpAgentClient;
import dev.synckit.app.meters.DeploymentMeters;
import dev.synckit.app.meters.StoreSizeMeters;
import dev.synckit.app.playground.Playground;
import dev.synckit.bot.BotServices;
import dev.synckit.bot.CommandController;
import dev.synckit.bot.DiscordBot;
import dev.synckit.bot.RunningBot;
import dev.synckit.config.AppProfile;
import dev.synckit.config.Secret;
import dev.synckit.config.Settings;
import dev.synckit.core.deployment.DeployQueue;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.deployment.ProgressIntake;
import dev.synckit.core.deployment.RunTracker;
import dev.synckit.core.deployment.Transitions;
import dev.synckit.core.event.NewVersionDeployer;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.event.NewVersionListener;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.people.People;
import dev.synckit.core.retention.PruneRoutine;
import dev.synckit.core.retention.Pruner;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.login.LoginFlow;
import dev.synckit.core.login.Sessions;
import dev.synckit.store.Store;
import dev.synckit.store.StoreBackup;
import dev.synckit.store.StoreConnection;
import dev.synckit.webhooks.AuthenticatedRoutes;
import dev.synckit.webhooks.HttpRoutes;
import dev.synckit.webhooks.HttpSurface;
import dev.synckit.webhooks.oauth.DiscordEndpoints;
import dev.synckit.webhooks.oauth.DiscordOAuthClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * synckit, embedded or standalone: {@code SyncKit.run(profile)} opens the store (running synckit's migrations,
 * then the application's), and starts the webserver with synckit's endpoints and the application's routes.
 */
public final class SyncKit {

    /** How long one store round trip may take before the caller hears "store unavailable". */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(SyncKit.class);

    private SyncKit() {
    }

    /** Starts everything the profile describes; the answer stops it all again. */
    public static RunningSyncKit run(AppProfile profile) {
        return run(profile, Tuning.defaults());
    }

    static RunningSyncKit run(AppProfile profile, Tuning tuning) {
        var playground = Playground.startIfAsked(profile);
        try {
            return run(playground.map(Playground::profile).orElse(profile), tuning, playground);
        } catch (RuntimeException e) {
            playground.ifPresent(Playground::close);
            throw e;
        }
    }

    private static RunningSyncKit run(AppProfile profile, Tuning tuning, Optional<Playground> playground) {
        var settings = profile.settings();
        // hashing the jar (tens of MB) overlaps with the migrations instead of adding to the start
        var identity = CompletableFuture.supplyAsync(() -> RunningBuild.of(settings.build()),
                task -> Thread.ofVirtual().name("build-identity").start(task));
        var clock = Clock.systemUTC();
        createDataDir(settings.store().dataDir());

        var connection = new StoreConnection(settings.store().url(), settings.store().user(),
                settings.store().password().reveal(), profile.migrations(), QUERY_TIMEOUT);
        var store = Store.open(connection);
        var build = identity.join();
        var meters = meters();
        var agents = new HttpAgentClient(meters, tuning.agentCalls());
        // closed in this order on stop: the bot (flushing its last edits), tracker, queue, agent client, store
        var parts = new ArrayList<AutoCloseable>(List.of(agents, store));
        try {
            var targets = settings.targets();
            var publicUrl = new AtomicReference<URI>();
            var transitions = new Transitions(store.deployments());
            var queue = new DeployQueue(targets, store.deployments(), transitions, store.locks(), agents,
                    id -> URI.create(publicUrl.get() + HttpSurface.progressPath(id)), clock);
            transitions.listen(queue);
            DeploymentMeters.bind(meters, targets.keySet(), transitions, store.deployments(), clock);
            StoreSizeMeters.bind(meters, store.retention(), settings.store().h2File(), clock);
            var deployments = new DeploymentService(targets, store.deployments(), transitions, store.locks(),
                    store.audit(), agents, queue, clock, settings.retention().logs());
            var locks = new TargetLocks(targets.keySet(), store.locks(), store.audit(), clock, queue::wake);
            var tracker = new RunTracker(targets, store.deployments(), transitions, agents, queue, clock,
                    tuning.tracking());
            var tokens = new ApiTokens(store.tokens(), store.audit(), targets.keySet(), clock);
            var people = new People(store.people(), clock);

            var bot = startBot(profile, meters, new BotServices(deployments, locks, store.chat(), transitions,
                    build.verifyInfo(settings.service().name()), build.commit(), settings.service().repoUrl(),
                    secrets(settings), clock, profile.extensions(CommandController.class), tokens, people));
            parts.addFirst(() -> bot.ifPresent(RunningBot::close));

            var listeners = new ArrayList<NewVersionListener>();
            profile.newVersionHandlers().forEach(handler -> listeners.add(handler::handle));
            listeners.add(new NewVersionDeployer(List.copyOf(targets.values()), deployments));
            bot.ifPresent(running -> listeners.add(running.announcer()));
            var intake = new NewVersionIntake(store.events(), listeners, clock);
            var sessions = new Sessions(store.sessions(), settings.login().sessionIdle(),
                    settings.login().sessionMax(), clock);

            var surface = HttpSurface.of(settings.http().host(), settings.http().port(), meters,
                            build.verifyInfo(settings.service().name()), store.health(), intake,
                            settings.eventSecret()::matches, tokens::check)
                    .withDeployments(deployments, locks,
                            new ProgressIntake(targets, store.deployments(), transitions, clock),
                            settings.apiToken()::matches, () -> breakerNames(agents), people)
                    .withAudit(store.audit())
                    .withBackups(new StoreBackup(connection, clock).snapshot(build.version()), clock)
                    .withTokens(tokens)
                    .withLogin(loginFlow(settings, store, sessions, publicUrl::get, clock), sessions, publicUrl::get);
            profile.extensions(AuthenticatedRoutes.class).forEach(surface::with);
            profile.extensions(HttpRoutes.class).forEach(surface::with);
            // the playground's page, and the login that signs its visitor in at once, have no password to guess
            playground.ifPresent(running -> surface.loopbackOnly());
            var http = surface.start();
            publicUrl.set(settings.http().publicUrl(http.port()));
            tracker.start();
            // after the listener is up: a long first prune must not delay the service's first answer
            var pruning = new PruneRoutine(new Pruner(store.retention(), store.audit(), settings.retention(), clock),
                    PruneRoutine.HOURLY);
            parts.addFirst(pruning);
            pruning.start();
            LOG.info("synckit {} ({}) listening on http://{}:{} — public URL {} — started in {} ms", build.version(),
                    abbreviate(build.commit()), settings.http().host(), http.port(), publicUrl.get(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
            parts.addAll(List.of(tracker, queue));
            playground.ifPresent(running -> {
                running.announce(http.port());
                parts.add(running);
            });
            return new RunningSyncKit(http, parts, build, deployments);
        } catch (RuntimeException e) {
            parts.forEach(SyncKit::closeQuietly);
            throw e;
        }
    }

    /** The Discord side, when a bot token is set; without one synckit runs without Discord (the playground's case). */
    private static Optional<RunningBot> startBot(AppProfile profile, MeterRegistry meters, BotServices services) {
        if (profile.settings().discord().playground()) {
            LOG.info("no DISCORD_TOKEN: running without Discord");
            return Optional.empty();
        }
        return Optional.of(DiscordBot.start(profile.settings(), services, meters));
    }

    /** "Log in with Discord" when a client secret is set; sessions are checked either way. */
    private static Optional<LoginFlow> loginFlow(Settings settings, Store store, Sessions sessions,
            Supplier<URI> publicUrl, Clock clock) {
        var discord = settings.discord();
        if (!settings.login().enabled()) {
            LOG.info("no DISCORD_CLIENT_SECRET: login with Discord is off");
            return Optional.empty();
        }
        if (discord.guildId().isEmpty()) {
            LOG.warn("login with Discord: no DISCORD_GUILD_ID, so nobody who logs in is a maintainer");
        } else if (discord.token().isEmpty()) {
            LOG.warn("login with Discord: without DISCORD_TOKEN the guild's roles cannot be read; only"
                    + " DISCORD_MAINTAINER_ROLE_IDS make maintainers (not Administrator or Manage Server)");
        }
        return Optional.of(new LoginFlow(new DiscordOAuthClient(DiscordEndpoints.of(settings, publicUrl)),
                store.loginAttempts(), sessions, Set.copyOf(discord.maintainerRoleIds()), clock));
    }

    /** Every secret value the settings hold, so that nothing rendered to Discord shows one. */
    private static Set<String> secrets(Settings settings) {
        var secrets = new HashSet<Secret>(List.of(settings.eventSecret(), settings.apiToken(),
                settings.discord().token(), settings.store().password(), settings.login().clientSecret()));
        settings.targets().values().forEach(target -> secrets.add(target.agentSecret()));
        return secrets.stream().filter(secret -> !secret.isEmpty()).map(Secret::reveal)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("stopping after a failed start: {}", e.toString());
        }
    }

    private static Map<String, String> breakerNames(HttpAgentClient agents) {
        var names = new TreeMap<String, String>();
        agents.breakers().forEach((target, state) -> names.put(target, state.name()));
        return names;
    }

    private static PrometheusMeterRegistry meters() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    private static void createDataDir(java.nio.file.Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
    }

    private static String abbreviate(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
