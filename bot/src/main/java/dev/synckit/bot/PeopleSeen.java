package dev.synckit.bot;

import dev.synckit.core.people.People;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whoever interacts with the bot (a command, a click) is recorded by id everywhere; this keeps their display name
 * beside the id, as the guild shows it (nickname, else global name, else username). One listener for every kind of
 * interaction, so no command or button has to remember to do it; the write runs off JDA's event thread.
 */
final class PeopleSeen implements EventListener {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleSeen.class);

    private final People people;
    private final Executor workers;

    PeopleSeen(People people, Executor workers) {
        this.people = people;
        this.workers = workers;
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (!(event instanceof GenericInteractionCreateEvent interaction)) {
            return;
        }
        var id = interaction.getUser().getId();
        var name = interaction.getMember() != null ? interaction.getMember().getEffectiveName()
                : interaction.getUser().getEffectiveName();
        workers.execute(() -> {
            try {
                people.seen(id, name);
            } catch (RuntimeException e) {
                // the interaction itself goes on: only the name beside the id is missing until the next one
                LOG.warn("could not keep the name of user {}: {}", id, e.getMessage());
            }
        });
    }
}
