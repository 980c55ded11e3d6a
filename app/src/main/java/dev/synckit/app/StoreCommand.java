package dev.synckit.app;

import dev.synckit.store.BackupSummary;
import dev.synckit.store.StoreBackup;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A command of the service jar that works on the configured store and exits: {@code backup FILE},
 * {@code restore FILE [--force]}. {@link StoreCommandLine} runs them.
 */
sealed interface StoreCommand permits BackupCommand, RestoreCommand {

    /** The command's name, the jar's first argument. */
    String name();

    /** The arguments after the name, for the usage line. */
    String usage();

    /** Whether it takes {@code --force}. */
    boolean takesForce();

    /** Does the work; the answer is the one line printed when it succeeds. */
    String run(StoreBackup store, Path file, boolean force, String synckitVersion);

    static Optional<StoreCommand> named(String name) {
        return switch (name) {
            case "backup" -> Optional.of(new BackupCommand());
            case "restore" -> Optional.of(new RestoreCommand());
            default -> Optional.empty();
        };
    }

    static String rows(BackupSummary summary) {
        return summary.totalRows() + " rows — " + summary.describe();
    }
}
