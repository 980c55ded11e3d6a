package dev.synckit.app;

import dev.synckit.store.StoreBackup;
import java.util.Optional;

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
    public Optional<String> option() {
        return Optional.empty();
    }

    @Override
    public boolean takesFile() {
        return true;
    }

    @Override
    public String run(Invocation invocation) {
        var file = invocation.file().orElseThrow();
        return "wrote " + file + ": " + StoreCommand.rows(new StoreBackup(invocation.connection(), invocation.clock())
                .backup(file, invocation.synckitVersion()));
    }
}
