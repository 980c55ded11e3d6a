package dev.synckit.app;

import dev.synckit.app.playground.PlaygroundMode;
import dev.synckit.config.AppExtension;
import dev.synckit.config.AppProfile;
import dev.synckit.config.ConfigException;
import dev.synckit.config.ConfigLoader;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code java -jar synckit.jar [--config PATH]}: the configuration file plus the environment. A bad configuration
 * stops the start with exit code 2 and one line per problem; SIGTERM stops it gracefully. {@code backup FILE},
 * {@code restore FILE [--force]} and {@code prune [--dry-run]} work on the configured store instead, and exit
 * ({@link StoreCommandLine}).
 */
public final class Main {

    static final int BAD_CONFIGURATION = 2;
    static final int FAILED_TO_START = 1;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        var log = LoggerFactory.getLogger(Main.class);
        var command = StoreCommandLine.run(args, System.getenv(), System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.getAsInt());
            return;
        }

        AppProfile profile;
        try {
            var configured = AppProfile.fromEnvironment(ConfigLoader.configArgument(args), System.getenv());
            profile = withPlayground(configured);
        } catch (ConfigException e) {
            e.problems().forEach(problem -> System.err.println("synckit: configuration: " + problem));
            System.exit(BAD_CONFIGURATION);
            return;
        }
        log.info("configuration:\n{}", profile.settings().describe());

        RunningSyncKit running;
        try {
            running = SyncKit.run(profile);
        } catch (RuntimeException e) {
            log.error("synckit did not start: {}", e.getMessage(), e);
            System.exit(FAILED_TO_START);
            return;
        }
        awaitShutdown(running, log);
    }

    /** The standalone service runs the playground when no Discord token is set. */
    private static AppProfile withPlayground(AppProfile configured) {
        var extensions = new ArrayList<AppExtension>(configured.extensions());
        extensions.add(new PlaygroundMode());
        return new AppProfile(configured.settings(), configured.newVersionHandlers(), configured.migrations(),
                extensions);
    }

    /** Blocks until SIGTERM/SIGINT, then stops in order: HTTP (finishing in-flight requests), then the store. */
    private static void awaitShutdown(RunningSyncKit running, Logger log) throws InterruptedException {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("synckit-shutdown").unstarted(() -> {
            log.info("stopping");
            running.close();
            log.info("stopped");
            stopped.countDown();
        }));
        stopped.await();
    }
}
