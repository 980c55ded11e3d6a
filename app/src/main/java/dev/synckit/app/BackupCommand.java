package dev.synckit.app;

import dev.synckit.store.StoreBackup;
import java.nio.file.Path;

/** {@code backup FILE}: every row of synckit's tables, from one snapshot, into FILE; the service may keep running. */
record BackupCommand() implements StoreCommand {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup FILE [--config PATH]";
    }

    @Override
    public boolean takesForce() {
        return false;
    }

    @Override
    public String run(StoreBackup store, Path file, boolean force, String synckitVersion) {
        return "wrote " + file + ": " + StoreCommand.rows(store.backup(file, synckitVersion));
    }
}
