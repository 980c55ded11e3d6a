package dev.synckit.app;

import ch.qos.logback.classic.Level;
import dev.synckit.config.AppProfile;
import dev.synckit.config.ConfigException;
import dev.synckit.config.ConfigLoader;
import dev.synckit.core.store.StoreUnavailableException;
import dev.synckit.store.BackupFileException;
import dev.synckit.store.RestoreRefusedException;
import dev.synckit.store.StoreConnection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link StoreCommand} as an operator types it, on the store the service's configuration names
 * ({@code --config}, {@code SYNCKIT_CONFIG}, the environment). It prints one line and exits with 0 done, 1 the
 * store failed or did not answer, 2 bad usage or configuration, 3 the backup file is missing, unwritable, not a
 * backup, damaged or cut short, 4 restore refused (store not empty, other schema version). {@code prune} exits
 * with 0, 1 or 2.
 */
final class StoreCommandLine {

    static final int DONE = 0;
    static final int STORE_FAILED = 1;
    static final int USAGE = 2;
    static final int BAD_FILE = 3;
    static final int REFUSED = 4;

    private static final String CONFIG = "--config";

    private StoreCommandLine() {
    }

    /**
     * The command's exit code, or empty when the arguments name no command (the service starts then). The command
     * is the first argument other than {@code --config PATH}, which may come before it or after.
     */
    static OptionalInt run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        var at = 0;
        while (at < args.length && (args[at].equals(CONFIG) || args[at].startsWith(CONFIG + "="))) {
            at += args[at].equals(CONFIG) ? 2 : 1;
        }
        if (at >= args.length) {
            return OptionalInt.empty();
        }
        var rest = new ArrayList<>(List.of(args));
        var name = rest.remove(at);
        return StoreCommand.named(name).map(command -> OptionalInt.of(run(command, rest, env, out, err)))
                .orElse(OptionalInt.empty());
    }

    private static int run(StoreCommand command, List<String> args, Map<String, String> env, PrintStream out,
            PrintStream err) {
        var prefix = "synckit " + command.name() + ": ";
        var usage = "usage: java -jar synckit.jar " + command.usage();
        var files = new ArrayList<String>();
        var option = false;
        for (var i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(usage);
                return DONE;
            } else if (arg.equals(CONFIG)) {
                i++;
            } else if (arg.startsWith(CONFIG + "=")) {
                continue;
            } else if (command.option().filter(arg::equals).isPresent()) {
                option = true;
            } else if (arg.startsWith("-")) {
                err.println(prefix + "unknown option " + arg + "\n" + usage);
                return USAGE;
            } else {
                files.add(arg);
            }
        }
        if (command.takesFile() && files.size() != 1) {
            err.println(prefix + "name one backup file\n" + usage);
            return USAGE;
        }
        if (!command.takesFile() && !files.isEmpty()) {
            err.println(prefix + "takes no file, was given " + files.getFirst() + "\n" + usage);
            return USAGE;
        }
        // the one line this prints says what happened; the progress lines of config and store would only repeat it,
        // and the pool would log a failed first connection (no database there, or held) with its stack trace
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.synckit")).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.zaxxer.hikari")).setLevel(Level.OFF);
        AppProfile profile;
        try {
            profile = AppProfile.fromEnvironment(ConfigLoader.configArgument(args.toArray(String[]::new)), env);
        } catch (ConfigException e) {
            e.problems().forEach(problem -> err.println("synckit: configuration: " + problem));
            return USAGE;
        }
        var settings = profile.settings();
        var connection = new StoreConnection(settings.store().url(), settings.store().user(),
                settings.store().password().reveal(), profile.migrations(), SyncKit.QUERY_TIMEOUT);
        try {
            out.println(prefix + command.run(new StoreCommand.Invocation(settings, connection,
                    files.stream().findFirst().map(Path::of), option, RunningBuild.version(settings.build()),
                    Clock.systemUTC())));
            return DONE;
        } catch (BackupFileException e) {
            err.println(prefix + e.getMessage());
            return BAD_FILE;
        } catch (RestoreRefusedException e) {
            err.println(prefix + "refused: " + e.getMessage());
            return REFUSED;
        } catch (StoreUnavailableException | IllegalStateException e) {
            err.println(prefix + e.getMessage());
            return STORE_FAILED;
        }
    }
}
