package dev.synckit.commands;

import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who asked, as the domain records it (deployments, locks, tokens, audit): built here, from the interaction's user,
 * and nowhere else.
 */
record Asker(String id) {

    static Asker of(Interaction interaction) {
        return new Asker(interaction.getUser().getId());
    }
}
