package dev.synckit.app;

import dev.synckit.config.Settings;
import dev.synckit.store.BackupSummary;
import dev.synckit.store.StoreConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A command of the service jar that works on the configured store and exits: {@code backup FILE},
 * {@code restore FILE [--force]}, {@code prune [--dry-run]}. {@link StoreCommandLine} runs them.
 */
sealed interface StoreCommand permits BackupCommand, RestoreCommand, PruneCommand {

    /** The command's name, the jar's first argument. */
    String name();

    /** The arguments after the name, for the usage line. */
    String usage();

    /** The one option it takes besides {@code --config}, such as {@code --force}; empty when none. */
    Optional<String> option();

    /** Whether it works on a backup file named on the command line. */
    boolean takesFile();

    /** Does the work; the answer is the one line printed when it succeeds. */
    String run(Invocation invocation);

    /**
     * What a command works with.
     *
     * @param file   the backup file, when the command takes one
     * @param option whether its {@link #option()} was given
     */
    record Invocation(Settings settings, StoreConnection connection, Optional<Path> file, boolean option,
            String synckitVersion, Clock clock) {
    }

    static Optional<StoreCommand> named(String name) {
        return switch (name) {
            case "backup" -> Optional.of(new BackupCommand());
            case "restore" -> Optional.of(new RestoreCommand());
            case "prune" -> Optional.of(new PruneCommand());
            default -> Optional.empty();
        };
    }

    static String rows(BackupSummary summary) {
        return summary.totalRows() + " rows — " + summary.describe();
    }
}
