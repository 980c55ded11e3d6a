package dev.synckit.commands;

import dev.synckit.core.token.ApiTokens;
import java.util.List;

/** synckit's own slash commands. */
public final class BuiltInCommands {

    private BuiltInCommands() {
    }

    public static List<SlashCommand> all(ChatOps ops, ApiTokens tokens) {
        return List.of(new VerifyCommand(ops), DeployCommand.updateServer(ops), DeployCommand.deploy(ops),
                new RollbackCommand(ops), new DeploymentsCommand(ops), LockCommand.lock(ops),
                LockCommand.unlock(ops), new TokenCommand(tokens));
    }
}
