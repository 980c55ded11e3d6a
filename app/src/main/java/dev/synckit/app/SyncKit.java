package dev.synckit.app;

import dev.synckit.config.AppProfile;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.event.NewVersionListener;
import dev.synckit.store.Store;
import dev.synckit.store.StoreConnection;
import dev.synckit.webhooks.HttpRoutes;
import dev.synckit.webhooks.HttpSurface;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
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
        var settings = profile.settings();
        var build = RunningBuild.of(settings.build());
        var clock = Clock.systemUTC();
        createDataDir(settings.store().dataDir());

        var store = Store.open(new StoreConnection(settings.store().url(), settings.store().user(),
                settings.store().password().reveal(), profile.migrations(), QUERY_TIMEOUT));
        try {
            var meters = meters();
            var listeners = profile.newVersionHandlers().stream()
                    .<NewVersionListener>map(handler -> handler::handle)
                    .toList();
            var intake = new NewVersionIntake(store.events(), listeners, clock);
            var surface = HttpSurface.of(settings.http().host(), settings.http().port(), meters,
                    build.verifyInfo(settings.service().name()), store.health(), intake,
                    settings.eventSecret()::matches);
            profile.extensions(HttpRoutes.class).forEach(surface::with);
            var http = surface.start();
            var url = settings.http().publicUrl(http.port());
            LOG.info("synckit {} ({}) listening on http://{}:{} — public URL {} — started in {} ms", build.version(),
                    abbreviate(build.commit()), settings.http().host(), http.port(), url,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            return new RunningSyncKit(http, store, build);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
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
