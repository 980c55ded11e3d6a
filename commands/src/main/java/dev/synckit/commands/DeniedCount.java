package dev.synckit.commands;

import com.github.kaktushose.jda.commands.dispatching.context.InvocationContext;
import com.github.kaktushose.jda.commands.dispatching.middleware.Middleware;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;

/**
 * Runs after jda-commands' permission check (registered with the lowest priority) and counts a command the
 * maintainer rule stopped; a command that passed is counted where it ends ({@link InteractionRun}).
 */
final class DeniedCount implements Middleware {

    private final InteractionOutcomes outcomes;

    DeniedCount(InteractionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void accept(InvocationContext<?> context) {
        if (!context.cancelled()) {
            return;
        }
        if (context.event() instanceof SlashCommandInteractionEvent command) {
            outcomes.command(command.getName(), InteractionOutcomes.Result.DENIED);
        } else {
            outcomes.button(InteractionOutcomes.UNKNOWN, InteractionOutcomes.Result.DENIED);
        }
    }
}
