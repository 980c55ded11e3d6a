package dev.synckit.app;

import dev.synckit.store.StoreBackup;
import java.nio.file.Path;

/**
 * {@code restore FILE [--force]}: fills the configured store from FILE in one transaction; {@code --force}
 * replaces what the store holds. Run it while the service is stopped.
 */
record RestoreCommand() implements StoreCommand {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore FILE [--force] [--config PATH]";
    }

    @Override
    public boolean takesForce() {
        return true;
    }

    @Override
    public String run(StoreBackup store, Path file, boolean force, String synckitVersion) {
        return "restored " + file + (force ? " (replacing what the store held)" : "") + ": "
                + StoreCommand.rows(store.restore(file, force));
    }
}
