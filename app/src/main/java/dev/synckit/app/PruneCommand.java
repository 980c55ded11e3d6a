package dev.synckit.app;

import dev.synckit.core.retention.Pruner;
import dev.synckit.store.Store;
import java.util.Optional;

/**
 * {@code prune [--dry-run]}: removes now what the configured retention says has expired, as the service does each
 * hour, and records it in the audit log; {@code --dry-run} only counts. The service may keep running.
 */
record PruneCommand() implements StoreCommand {

    @Override
    public String name() {
        return "prune";
    }

    @Override
    public String usage() {
        return "prune [--dry-run] [--config PATH]";
    }

    @Override
    public Optional<String> option() {
        return Optional.of("--dry-run");
    }

    @Override
    public boolean takesFile() {
        return false;
    }

    @Override
    public String run(Invocation invocation) {
        try (var store = Store.open(invocation.connection())) {
            var pruner = new Pruner(store.retention(), store.audit(), invocation.settings().retention(),
                    invocation.clock());
            return (invocation.option() ? pruner.dryRun() : pruner.prune(Pruner.Trigger.COMMAND)).describe();
        }
    }
}
