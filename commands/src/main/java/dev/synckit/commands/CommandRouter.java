package dev.synckit.commands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each slash command to its {@link SlashCommand}: refuses non-maintainers at once, defers the reply on JDA's
 * event thread (Discord's 3 s), then runs the handler on a virtual thread; a handler that fails still answers.
 */
public final class CommandRouter extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRouter.class);
    static final String APOLOGY = "Something went wrong; the error is in the service's log.";

    private final Map<String, SlashCommand> commands;
    private final Maintainers maintainers;
    private final ExecutorService workers;
    private final InteractionOutcomes outcomes;

    /** @throws IllegalArgumentException when two commands share a name */
    public CommandRouter(List<SlashCommand> commands, Maintainers maintainers, ExecutorService workers,
            InteractionOutcomes outcomes) {
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(c -> c.definition().getName(),
                Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two slash commands are named /" + a.definition().getName());
                }));
        this.maintainers = maintainers;
        this.workers = workers;
        this.outcomes = outcomes;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        var command = commands.get(event.getName());
        if (command == null) {
            event.reply("This command is not known here.").setEphemeral(true).queue();
            outcomes.command(InteractionOutcomes.UNKNOWN, InteractionOutcomes.Result.UNSUPPORTED);
            return;
        }
        if (command.maintainersOnly() && !maintainers.includes(event.getMember())) {
            event.reply(Maintainers.REFUSAL).setEphemeral(true).queue();
            outcomes.command(event.getName(), InteractionOutcomes.Result.DENIED);
            return;
        }
        event.deferReply(command.ephemeral()).queue();
        workers.execute(() -> {
            try {
                command.handle(event);
                outcomes.command(event.getName(), InteractionOutcomes.Result.OK);
            } catch (Exception e) {
                LOG.warn("/{} failed for user {}", event.getName(), event.getUser().getId(), e);
                event.getHook().editOriginal(APOLOGY).queue();
                outcomes.command(event.getName(), InteractionOutcomes.Result.FAILED);
            }
        });
    }
}
