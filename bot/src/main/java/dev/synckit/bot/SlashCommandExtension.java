package dev.synckit.bot;

import dev.synckit.commands.SlashCommand;
import dev.synckit.config.AppExtension;

/**
 * An embedding application's own slash command, registered beside the built-in ones and routed like them: the
 * reply is deferred before {@link #handle} runs on a virtual thread, and only maintainers may run it unless
 * {@link #maintainersOnly()} says otherwise. A name that clashes with another command stops the bot's start.
 */
public interface SlashCommandExtension extends AppExtension, SlashCommand {
}
