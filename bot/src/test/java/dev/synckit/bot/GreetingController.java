package dev.synckit.bot;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.annotations.interactions.Param;
import com.github.kaktushose.jda.commands.annotations.interactions.Permissions;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.commands.Maintainers;

/** An embedding application's controller, as its author writes one: built by hand, with what it needs. */
@Interaction
public final class GreetingController {

    private final String greeting;

    GreetingController(String greeting) {
        this.greeting = greeting;
    }

    @Command(value = "hello", desc = "Say hello")
    public void hello(CommandEvent event, @Param(name = "who", value = "whom to greet") String who) {
        event.reply(greeting + ", " + who + "!");
    }

    @Command(value = "boom", desc = "Fail, for the test")
    @Permissions(Maintainers.ONLY)
    public void boom(CommandEvent event) {
        throw new IllegalStateException("boom");
    }
}
