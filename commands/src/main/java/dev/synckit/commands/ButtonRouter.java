package dev.synckit.commands;

import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.embeds.ButtonAction;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every synckit button ({@code sk1:…} ids, so they work after a restart): refuses non-maintainers at once, defers
 * an ephemeral reply on JDA's event thread, then acts on a virtual thread.
 */
public final class ButtonRouter extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ButtonRouter.class);

    private final Maintainers maintainers;
    private final ButtonActions actions;
    private final ExecutorService workers;
    private final InteractionOutcomes outcomes;

    public ButtonRouter(ChatOps ops, AnnouncedEvents announced, ExecutorService workers,
            InteractionOutcomes outcomes) {
        this.maintainers = ops.maintainers();
        this.actions = new ButtonActions(ops, announced);
        this.workers = workers;
        this.outcomes = outcomes;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        var action = ButtonAction.parse(event.getComponentId());
        if (action.isEmpty()) {
            event.reply("This button is no longer supported.").setEphemeral(true).queue();
            outcomes.button(InteractionOutcomes.UNKNOWN, InteractionOutcomes.Result.UNSUPPORTED);
            return;
        }
        var name = actionName(action.get());
        if (!maintainers.includes(event.getMember())) {
            event.reply(Maintainers.REFUSAL).setEphemeral(true).queue();
            outcomes.button(name, InteractionOutcomes.Result.DENIED);
            return;
        }
        event.deferReply(true).queue();
        workers.execute(() -> {
            try {
                actions.act(action.get(), event);
                outcomes.button(name, InteractionOutcomes.Result.OK);
            } catch (DeploymentRefusedException e) {
                event.getHook().editOriginal(DeploymentReply.text(e)).queue();
                outcomes.button(name, InteractionOutcomes.Result.REFUSED);
            } catch (Exception e) {
                LOG.warn("button {} failed for user {}", event.getComponentId(), event.getUser().getId(), e);
                event.getHook().editOriginal(CommandRouter.APOLOGY).queue();
                outcomes.button(name, InteractionOutcomes.Result.FAILED);
            }
        });
    }

    /** The action word of the id ({@code sk1:<action>:…}): one of a fixed few, never the subject. */
    private static String actionName(ButtonAction action) {
        return action.format().substring(ButtonAction.PREFIX.length()).split(":", 2)[0];
    }
}
