package dev.synckit.bot;

import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import dev.synckit.config.AppExtension;

/**
 * An embedding application's own jda-commands controller: an {@code @Interaction} class with {@code @Command}
 * methods, built by the application with what it needs. It is registered and dispatched beside the built-in ones;
 * {@code @Permissions(Maintainers.ONLY)} on it or a method applies the maintainer rule. A command name that clashes
 * with another one stops the bot's start.
 */
public record CommandController(Object controller) implements AppExtension {

    public CommandController {
        if (!controller.getClass().isAnnotationPresent(Interaction.class)) {
            throw new IllegalArgumentException(controller.getClass().getName() + " is not annotated @Interaction");
        }
    }
}
