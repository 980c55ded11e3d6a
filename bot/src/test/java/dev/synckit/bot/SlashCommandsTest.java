package dev.synckit.bot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.CommandRegistration;
import dev.synckit.testkit.user.CommandOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slash commands on jda-commands, against the emulator: registered in the configured guild, unchanged by a
 * restart, an embedding application's controller beside the built-in ones, and every refusal and failure answered.
 */
class SlashCommandsTest {

    @Test
    void aRestartChangesNoCommand(@TempDir Path dir) {
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            var before = registered(world);
            assertEquals(List.of("deploy", "deployments", "lock", "rollback", "token", "unlock", "updateserver",
                    "verify"), List.copyOf(before.keySet()));
            var firstRun = world.discord.registrations().size();

            world.stopBot();
            world.start();

            assertTrue(world.discord.registrations().size() > firstRun, "the start overwrote the commands again");
            assertEquals(before, registered(world), "names, options, descriptions, permissions and ids");
            assertTrue(world.discord.registrations().stream().filter(CommandRegistration::global)
                    .allMatch(registration -> registration.names().isEmpty()), "nothing global with a guild set");
        }
    }

    @Test
    void commandsCarryTheirTypedOptionsAndSubcommands(@TempDir Path dir) {
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            var commands = registered(world);
            var deploy = commands.get("deploy").path("options");
            assertEquals("target", deploy.get(0).path("name").asText());
            assertTrue(deploy.get(0).path("required").asBoolean());
            assertEquals("ref", deploy.get(1).path("name").asText());
            assertFalse(deploy.get(1).path("required").asBoolean(false));
            assertEquals("Deploy a target", commands.get("deploy").path("description").asText());
            var token = commands.get("token").path("options");
            assertEquals(List.of("create", "list", "revoke"), List.of(token.get(0).path("name").asText(),
                    token.get(1).path("name").asText(), token.get(2).path("name").asText()));
        }
    }

    @Test
    void anApplicationsControllerRunsBesideTheBuiltInOnesWithoutTranslationWarnings(@TempDir Path dir) {
        var log = new LogLines();
        try (log; var world = new BotWorld(dir, List.of(new CommandController(new GreetingController("Hello"))))) {
            world.start();
            var guest = world.discord.member("gus");

            var hello = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), "hello",
                    CommandOption.string("who", "world"));
            assertEquals("Hello, world!", hello.awaitOriginal(v -> !v.content().isEmpty(), BotWorld.WAIT)
                    .latest().content());

            var boom = world.discord.dispatchSlashCommand(world.discord.member("mia", "maintainer"),
                    world.discord.channel("general"), "boom");
            assertEquals("Something went wrong; the error is in the service's log.",
                    boom.awaitOriginal(v -> !v.content().isEmpty(), BotWorld.WAIT).latest().content());

            var refused = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), "boom");
            var refusal = refused.awaitOriginal(v -> !v.content().isEmpty(), BotWorld.WAIT).latest();
            assertEquals("Only maintainers can do this.", refusal.content());
            assertTrue(refusal.ephemeral());
            awaitCount(world, "command", "boom", "denied");
        }
        assertEquals(List.of(), log.messages().stream()
                .filter(message -> message.contains("find key") || message.contains("NullPointerException"))
                .toList());
    }

    @Test
    void aControllerWhoseNameClashesStopsTheStartBeforeAnythingIsRegistered(@TempDir Path dir) {
        try (var world = new BotWorld(dir, List.of(new CommandController(new ClashingController())))) {
            var refused = assertThrows(IllegalStateException.class, world::start);
            assertTrue(refused.getMessage().contains("/verify"), refused.getMessage());
            assertEquals(0, world.discord.registrations().size());
        }
    }

    @Test
    void aDeniedCommandAndADeniedClickAreCountedAlike(@TempDir Path dir) throws Exception {
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            var guest = world.discord.member("gus");
            var command = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), "deploy",
                    CommandOption.string("target", "default"));
            assertEquals(Callback.DEFERRED_REPLY, command.awaitCallback(BotWorld.WAIT).type());
            command.awaitOriginal(v -> v.content().equals("Only maintainers can do this."), BotWorld.WAIT);

            var deployment = world.deployments.request(new DeployRequest("prod", Optional.empty(), "api", "", false));
            var status = world.statusMessage(deployment, v -> v.customIds().contains("sk1:cancel:" + deployment.id()));
            var click = world.discord.clickButton(guest, status, "sk1:cancel:" + deployment.id());
            assertEquals("Only maintainers can do this.", click.awaitCallback(BotWorld.WAIT).content());

            awaitCount(world, "command", "deploy", "denied");
            awaitCount(world, "button", "cancel", "denied");
            assertTrue(world.deployments.recent(Optional.of("default"), 10).isEmpty());
        }
    }

    private static void awaitCount(BotWorld world, String kind, String name, String result) {
        await().atMost(BotWorld.WAIT).until(() -> {
            var counter = world.meters.find("synckit.discord.interactions")
                    .tags("kind", kind, "name", name, "result", result).counter();
            return counter != null && counter.count() == 1.0;
        });
    }

    /** The guild's commands as Discord lists them now, by name, without the per-overwrite {@code version}. */
    private static Map<String, JsonNode> registered(BotWorld world) {
        var latest = world.discord.registrations().stream().filter(registration -> !registration.global())
                .reduce((first, second) -> second).orElseThrow();
        var byName = new TreeMap<String, JsonNode>();
        latest.commands().forEach(command -> {
            var copy = (ObjectNode) command.deepCopy();
            copy.remove("version");
            byName.put(copy.path("name").asText(), copy);
        });
        return byName;
    }
}
