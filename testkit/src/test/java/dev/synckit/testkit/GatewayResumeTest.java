package dev.synckit.testkit;

import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.InteractionExchange;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A dropped socket: JDA resumes its session (op 6, no second IDENTIFY) and gets what it missed. */
class GatewayResumeTest {

    private static final Duration RECONNECT = Duration.ofSeconds(30);

    private EmulatedBot bot;

    @BeforeEach
    void login() throws Exception {
        bot = EmulatedBot.start(EmulatorOptions.defaults(), new ChatOpsListener());
        bot.jda.getGuildById(bot.emulator.guild().id()).updateCommands()
                .addCommands(Commands.slash("status", "Show the status")).submit().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void logout() throws Exception {
        bot.close();
    }

    @Test
    void jdaResumesAndReceivesTheDispatchItMissedAndLaterOnes() {
        DiscordEmulator discord = bot.emulator;
        discord.disconnect();
        InteractionExchange missed = discord.dispatchSlashCommand(discord.member("alice"), discord.deployChannel(),
                "status");

        assertEquals(Callback.REPLY, missed.awaitCallback(RECONNECT).type());
        discord.awaitGatewayOp(6, 1, RECONNECT);
        assertEquals(1, discord.gatewayOps().stream().filter(op -> op == 2).count(), "resumed, not identified again");

        InteractionExchange later = discord.dispatchSlashCommand(discord.member("bob"), discord.deployChannel(),
                "status");
        assertEquals("status for all", later.awaitCallback(EmulatedBot.WAIT).content());
    }
}
