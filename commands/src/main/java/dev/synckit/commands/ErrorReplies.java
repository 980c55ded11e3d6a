package dev.synckit.commands;

import com.github.kaktushose.jda.commands.embeds.error.ErrorMessageFactory;
import io.github.kaktushose.proteus.conversion.ConversionResult;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * What jda-commands answers when it stops a command itself: short sentences in synckit's voice, in place of its
 * default factory (which fails with a NullPointerException and answers nothing when a handler throws).
 */
final class ErrorReplies implements ErrorMessageFactory {

    @Override
    public MessageCreateData getTypeAdaptingFailedMessage(ErrorContext context, ConversionResult.Failure<?> failure) {
        return text("That value does not fit the option: " + failure.message());
    }

    @Override
    public MessageCreateData getInsufficientPermissionsMessage(ErrorContext context) {
        return text(Maintainers.REFUSAL);
    }

    @Override
    public MessageCreateData getConstraintFailedMessage(ErrorContext context, String message) {
        return text(message);
    }

    @Override
    public MessageCreateData getCooldownMessage(ErrorContext context, long ms) {
        return text("Not so fast: try again in " + Math.max(1, ms / 1_000) + " s.");
    }

    @Override
    public MessageCreateData getCommandExecutionFailedMessage(ErrorContext context, Throwable exception) {
        return text(InteractionRun.APOLOGY);
    }

    @Override
    public MessageCreateData getTimedOutComponentMessage(GenericInteractionCreateEvent event) {
        return text("This button has expired; run the command again.");
    }

    private static MessageCreateData text(String content) {
        return MessageCreateData.fromContent(content);
    }
}
