package dev.synckit.commands;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: its definition (registered with Discord) and what it does. The router defers the reply before
 * {@link #handle} runs, so a handler answers through {@code event.getHook()} and may take its time.
 */
public interface SlashCommand {

    SlashCommandData definition();

    /** Whether only maintainers may run it; everyone else gets a short ephemeral refusal. */
    default boolean maintainersOnly() {
        return true;
    }

    /** Whether the deferred reply (and so the answer) is seen only by the person who ran it. */
    default boolean ephemeral() {
        return true;
    }

    /** Runs on a virtual thread after the reply was deferred; what it throws reaches the user as an apology. */
    void handle(SlashCommandInteractionEvent event) throws Exception;
}
