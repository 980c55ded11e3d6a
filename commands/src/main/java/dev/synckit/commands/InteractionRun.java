package dev.synckit.commands;

import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.core.deployment.DeploymentRefusedException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an interaction that passed the maintainer rule ends, the same for commands and buttons: the work answers
 * through the deferred reply's hook; a refusal by the domain or a failure still answers the person; each end is
 * counted once, under the command's name or the button's action.
 */
final class InteractionRun {

    static final String APOLOGY = "Something went wrong; the error is in the service's log.";
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRun.class);

    /** What a command or a click does once its reply is deferred. */
    @FunctionalInterface
    interface Work {
        void run(InteractionHook hook) throws Exception;
    }

    private final InteractionOutcomes outcomes;

    InteractionRun(InteractionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Defers the reply (Discord's 3 s; jda-commands runs each command on a virtual thread of its own, so the work
     * may then take its time) and settles the work.
     *
     * @param ephemeral whether the answer is seen only by the person who ran the command
     */
    void command(CommandEvent event, boolean ephemeral, Work work) {
        var slash = event.jdaEvent();
        slash.deferReply(ephemeral).queue();
        try {
            settle("/" + slash.getFullCommandName(), slash.getHook(),
                    result -> outcomes.command(slash.getName(), result), work);
        } finally {
            // no conversation follows a synckit command: free its runtime now rather than after 15 idle minutes
            event.closeRuntime();
        }
    }

    /** Settles a click whose reply the button dispatcher already deferred. */
    void button(ButtonInteractionEvent event, String action, Work work) {
        settle("button " + event.getComponentId(), event.getHook(), result -> outcomes.button(action, result), work);
    }

    private static void settle(String what, InteractionHook hook, Consumer<InteractionOutcomes.Result> count,
            Work work) {
        try {
            work.run(hook);
            count.accept(InteractionOutcomes.Result.OK);
        } catch (DeploymentRefusedException e) {
            hook.editOriginal(DeploymentReply.text(e)).queue();
            count.accept(InteractionOutcomes.Result.REFUSED);
        } catch (Exception e) {
            LOG.warn("{} failed for user {}", what, hook.getInteraction().getUser().getId(), e);
            hook.editOriginal(APOLOGY).queue();
            count.accept(InteractionOutcomes.Result.FAILED);
        }
    }
}
