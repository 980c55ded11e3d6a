package dev.synckit.app;

import dev.synckit.store.StoreBackup;
import java.util.Optional;

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
    public Optional<String> option() {
        return Optional.of("--force");
    }

    @Override
    public boolean takesFile() {
        return true;
    }

    @Override
    public String run(Invocation invocation) {
        var file = invocation.file().orElseThrow();
        var force = invocation.option();
        return "restored " + file + (force ? " (replacing what the store held)" : "") + ": "
                + StoreCommand.rows(new StoreBackup(invocation.connection(), invocation.clock()).restore(file, force));
    }
}
