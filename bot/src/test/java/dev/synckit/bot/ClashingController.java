package dev.synckit.bot;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;

/** A controller that declares /verify, which synckit already has. */
@Interaction
public final class ClashingController {

    @Command(value = "verify", desc = "mine")
    public void verify(CommandEvent event) {
        event.reply("mine");
    }
}
