package dev.synckit.commands;

import dev.synckit.embeds.ButtonAction;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Every synckit button, beside jda-commands: their {@code sk1:…} ids name what they act on (a deployment, a target,
 * an announced event), so they keep working after a restart, which jda-commands' runtime-bound ids cannot. Refuses
 * non-maintainers at once, defers an ephemeral reply on JDA's event thread, then acts on a virtual thread.
 */
public final class ButtonRouter extends ListenerAdapter {

    /** The ids of jda-commands' own components, which it dispatches itself (an embedding application's). */
    private static final String JDA_COMMANDS_PREFIX = "jdac.";

    private final Maintainers maintainers;
    private final ButtonActions actions;
    private final ExecutorService workers;
    private final InteractionOutcomes outcomes;
    private final InteractionRun run;

    public ButtonRouter(ChatOps ops, AnnouncedEvents announced, ExecutorService workers,
            InteractionOutcomes outcomes) {
        this.maintainers = ops.maintainers();
        this.actions = new ButtonActions(ops, announced);
        this.workers = workers;
        this.outcomes = outcomes;
        this.run = new InteractionRun(outcomes);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.getComponentId().startsWith(JDA_COMMANDS_PREFIX)) {
            return;
        }
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
        workers.execute(() -> run.button(event, name, hook -> actions.act(action.get(), event)));
    }

    /** The action word of the id ({@code sk1:<action>:…}): one of a fixed few, never the subject. */
    private static String actionName(ButtonAction action) {
        return action.format().substring(ButtonAction.PREFIX.length()).split(":", 2)[0];
    }
}
