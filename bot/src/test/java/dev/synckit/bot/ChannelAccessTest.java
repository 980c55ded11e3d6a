package dev.synckit.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.testkit.guild.PermissionOverwrite;
import dev.synckit.testkit.guild.Permissions;
import dev.synckit.testkit.user.CommandOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot whose role may not post in the deploy channel, the most common first-day mistake, with the real JDA: the
 * log names each missing permission as Discord's settings do, with an invite URL; whoever asks for a deployment is
 * told the same sentence, and the deployment runs all the same.
 */
class ChannelAccessTest {

    private static final String LACKS_SEND = "The bot lacks Send Messages in #deploys.";

    @Test
    void atReadyEachMissingPermissionIsOneLogLineFollowedByTheInviteUrl(@TempDir Path dir) {
        try (var log = new LogLines(); var world = new BotWorld(dir, List.of())) {
            var guild = world.discord.guild();
            guild.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(guild.botRole(), 0,
                    Permissions.SEND_MESSAGES | Permissions.READ_MESSAGE_HISTORY));
            world.start();

            var lines = log.messages();
            assertTrue(lines.contains(LACKS_SEND), lines.toString());
            assertTrue(lines.contains("The bot lacks Read Message History in #deploys."), lines.toString());
            var invite = "https://discord.com/oauth2/authorize?client_id=" + world.discord.application().id()
                    + "&scope=bot+applications.commands&permissions=117760";
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(invite)), lines.toString());
            assertEquals(1, lines.stream().filter(LACKS_SEND::equals).count());
        }
    }

    @Test
    void aChannelChangeIsCheckedAgainAndARepairIsLoggedToo(@TempDir Path dir) {
        try (var log = new LogLines(); var world = new BotWorld(dir, List.of())) {
            world.start();
            assertFalse(log.messages().stream().anyMatch(line -> line.startsWith("The bot lacks")));
            var botRole = world.discord.guild().botRole();

            world.discord.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(botRole, 0,
                    Permissions.SEND_MESSAGES));
            log.awaitLine(LACKS_SEND, BotWorld.WAIT);

            world.discord.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(botRole, 0, 0));
            log.awaitLine("The bot has every permission it needs in #deploys again.", BotWorld.WAIT);
        }
    }

    @Test
    void aCommandThatNeedsAStatusMessageSaysWhyTheDeploymentRunsAndItsMessageComesOnceAllowed(@TempDir Path dir) throws Exception {
        try (var log = new LogLines(); var world = new BotWorld(dir, List.of())) {
            world.start();
            var botRole = world.discord.guild().botRole();
            world.discord.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(botRole, 0,
                    Permissions.SEND_MESSAGES));
            log.awaitLine(LACKS_SEND, BotWorld.WAIT);

            var exchange = world.discord.dispatchSlashCommand(world.discord.member("mia", "maintainer"),
                    world.discord.channel("general"), "updateserver");
            var answer = exchange.awaitOriginal(v -> !v.content().isEmpty(), BotWorld.WAIT).latest();

            var deployment = world.deployments.recent(Optional.of("default"), 1).getFirst();
            assertTrue(answer.ephemeral());
            assertTrue(answer.content().startsWith(LACKS_SEND), answer.content());
            assertTrue(answer.content().contains("Deployment `" + deployment.id() + "` of `default`"), answer.content());
            assertTrue(answer.content().contains("`GET /api/v1/deployments/" + deployment.id() + "`"),
                    answer.content());
            assertFalse(answer.content().contains("Something went wrong"));
            world.awaitStatus(deployment.id(), DeploymentStatus.RUNNING);
            assertEquals(List.of(), world.discord.messages(world.discord.deployChannel()));

            world.discord.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(botRole, 0, 0));
            log.awaitLine("The bot has every permission it needs in #deploys again.", BotWorld.WAIT);
            world.progress.steps(deployment.id(), "a1b2c3d", List.of(Progress.step("git-pull",
                    DeploymentStep.StepStatus.RUNNING, "")));
            world.statusMessage(deployment, v -> true);
        }
    }

    @Test
    void aRefusalByDiscordBeforeTheChangeArrivedIsExplainedToo(@TempDir Path dir) throws Exception {
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            var guild = world.discord.guild();
            // changed in Discord, and no CHANNEL_UPDATE yet: the bot's cache still says it may post
            guild.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(guild.botRole(), 0,
                    Permissions.SEND_MESSAGES));

            var exchange = world.discord.dispatchSlashCommand(world.discord.member("mia", "maintainer"),
                    world.discord.channel("general"), "deploy", CommandOption.string("target", "staging"));
            var answer = exchange.awaitOriginal(v -> !v.content().isEmpty(), BotWorld.WAIT).latest().content();

            assertTrue(answer.startsWith("Discord refused the bot's message in #deploys: it needs View Channel, "
                    + "Send Messages, Embed Links, Attach Files, Read Message History there."), answer);
            assertTrue(answer.contains("permissions=117760"), answer);
            assertEquals(1, world.deployments.recent(Optional.of("staging"), 10).size());
        }
    }

    @Test
    void anAnnouncementAndItsDeployButtonSayWhyTheyCannotPost(@TempDir Path dir) throws Exception {
        try (var log = new LogLines(); var world = new BotWorld(dir, List.of())) {
            var bot = world.start();
            bot.announcer().onNewVersion(event("2.0"));
            var announcement = world.discord.awaitMessage(world.discord.deployChannel(),
                    v -> v.customIds().contains("sk1:deploy:default:com.auxbrain.egginc@2.0"), BotWorld.WAIT);
            world.discord.overwrite(world.discord.deployChannel(), PermissionOverwrite.forRole(
                    world.discord.guild().botRole(), 0, Permissions.SEND_MESSAGES));
            log.awaitLine(LACKS_SEND, BotWorld.WAIT);

            var refused = assertThrows(IllegalStateException.class, () -> bot.announcer().onNewVersion(event("2.1")));
            assertTrue(refused.getMessage().contains(LACKS_SEND), refused.getMessage());

            var click = world.discord.clickButton(world.discord.member("mia", "maintainer"), announcement,
                    "sk1:deploy:default:com.auxbrain.egginc@2.0");
            var answer = click.awaitOriginal(v -> !v.content().isEmpty(), BotWorld.WAIT).latest();
            assertTrue(answer.content().startsWith(LACKS_SEND), answer.content());
            assertEquals(1, world.deployments.recent(Optional.of("default"), 10).size());
        }
    }

    private static NewVersionEvent event(String version) {
        return new NewVersionEvent("com.auxbrain.egginc", version, "/x/base.apk", "deadbeef", "2026-06-10T00:00:00Z",
                null, null, null, null, null);
    }
}
