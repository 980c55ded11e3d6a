package dev.synckit.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The controllers handed to jda-commands: subcommands share their command, two controllers may not. */
class ControllersTest {

    @Interaction("token")
    public static final class Tokens {
        @Command("create")
        public void create(CommandEvent event) {
        }

        @Command("list")
        public void list(CommandEvent event) {
        }
    }

    @Interaction
    public static final class Verify {
        @Command("verify")
        public void verify(CommandEvent event) {
        }
    }

    @Interaction
    public static final class MyTokens {
        @Command("token rotate")
        public void rotate(CommandEvent event) {
        }
    }

    public static final class NotAController {
    }

    @Test
    void subcommandsOfOneControllerAreOneCommandAndInstancesAreTheOnesGiven() {
        var tokens = new Tokens();
        var controllers = new Controllers(List.of(tokens, new Verify()));
        assertEquals(Set.of("token", "verify"), controllers.commandNames());
        assertSame(tokens, controllers.instance(Tokens.class, null));
    }

    @Test
    void aSecondControllerWithTheSameCommandIsRefusedNamingBoth() {
        var clash = assertThrows(IllegalStateException.class,
                () -> new Controllers(List.of(new Tokens(), new MyTokens())));
        assertTrue(clash.getMessage().contains("/token"), clash.getMessage());
        assertTrue(clash.getMessage().contains("MyTokens") && clash.getMessage().contains("Tokens"),
                clash.getMessage());
    }

    @Test
    void aClassWithoutInteractionIsRefused() {
        var refused = assertThrows(IllegalStateException.class,
                () -> new Controllers(List.of(new NotAController())));
        assertTrue(refused.getMessage().contains("@Interaction"), refused.getMessage());
    }
}
