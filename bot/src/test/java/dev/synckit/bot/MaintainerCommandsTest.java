package dev.synckit.bot;

import static dev.synckit.bot.BotWorld.WAIT;
import static dev.synckit.bot.BotWorld.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.user.CommandOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /deploy}, {@code /rollback}, {@code /deployments}, {@code /lock} and {@code /unlock} as a member runs them
 * in the emulator, through the real JDA, store and core services. Each test leaves its target idle and unlocked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaintainerCommandsTest {

    BotWorld world;
    Member maintainer;
    Member admin;
    Member guest;

    @BeforeAll
    void start(@TempDir Path dir) {
        world = new BotWorld(dir, List.of());
        world.start();
        maintainer = world.discord.member("mia", "maintainer");
        admin = world.discord.member("ada", "admin");
        guest = world.discord.member("gus");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void deployWithARefQueuesThatRefAndPostsItsStatusMessage() throws Exception {
        var answer = answer(maintainer, "deploy", CommandOption.string("target", "staging"),
                CommandOption.string("ref", "v2.0.1"));
        assertTrue(answer.ephemeral());
        var deployment = world.deployments.recent(Optional.of("staging"), 1).getFirst();
        assertEquals(Optional.of("v2.0.1"), deployment.ref());
        assertEquals(id(maintainer), deployment.requestedBy());
        assertTrue(answer.content().startsWith("Deployment of `staging` is "), answer.content());
        assertTrue(answer.content().endsWith(world.statusLinkTail(deployment)), answer.content());

        var status = world.statusMessage(deployment, v -> title(v).equals("Deploying staging"));
        assertTrue(status.latest().embeds().get(0).path("footer").path("text").asText().contains("ref v2.0.1"),
                status.latest().json().toString());
        assertEquals(List.of("sk1:cancel:" + deployment.id()), status.latest().customIds());
        end(deployment, "5eb2a11");
    }

    @Test
    void deployOfAnUnknownTargetIsRefusedWithoutADeployment() {
        var before = world.deployments.recent(Optional.empty(), 100).size();
        var answer = answer(maintainer, "deploy", CommandOption.string("target", "nowhere"));
        assertTrue(answer.ephemeral());
        assertEquals("Refused: no target named nowhere", answer.content());
        assertEquals(before, world.deployments.recent(Optional.empty(), 100).size());
    }

    @Test
    void deployOfALockedTargetSaysWhoHoldsIt() {
        world.locks.lock("edge", id(admin), "database migration");
        try {
            var answer = answer(maintainer, "deploy", CommandOption.string("target", "edge"));
            assertTrue(answer.ephemeral());
            assertEquals("Refused: target edge is locked by " + id(admin) + ": database migration",
                    answer.content());
            assertEquals(List.of(), world.deployments.recent(Optional.of("edge"), 10));
        } finally {
            world.locks.unlock("edge", id(admin), true);
        }
    }

    @Test
    void rollbackDeploysTheEarlierSucceededRevision() throws Exception {
        world.succeeded("default", "1111111");
        world.succeeded("default", "2222222");
        var answer = answer(maintainer, "rollback", CommandOption.string("target", "default"));
        assertTrue(answer.ephemeral());
        var rollback = world.deployments.recent(Optional.of("default"), 1).getFirst();
        assertEquals(Optional.of("1111111"), rollback.ref());
        assertEquals(id(maintainer), rollback.requestedBy());
        assertEquals("rollback to 1111111 — /rollback", rollback.reason());
        assertTrue(answer.content().startsWith("Deployment of `default` is "), answer.content());
        assertTrue(answer.content().endsWith(world.statusLinkTail(rollback)), answer.content());
        end(rollback, "1111111");
    }

    @Test
    void rollbackWithNothingToRollBackToIsRefused() {
        var before = world.deployments.recent(Optional.empty(), 100).size();
        var answer = answer(maintainer, "rollback", CommandOption.string("target", "edge"));
        assertTrue(answer.ephemeral());
        assertEquals("Refused: target edge has no succeeded deployment yet", answer.content());
        assertEquals(before, world.deployments.recent(Optional.empty(), 100).size());
    }

    @Test
    void deploymentsListsTheTargetsDeploymentsNewestFirst() throws Exception {
        world.succeeded("prod", "aaa1111");
        world.succeeded("prod", "bbb2222");
        world.succeeded("prod", "ccc3333");

        var embed = answer(maintainer, "deployments", CommandOption.string("target", "prod")).embeds().get(0);
        assertEquals("Recent deployments", embed.path("title").asText());
        var lines = embed.path("description").asText().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("**prod** `ccc3333`"), lines.get(0));
        assertTrue(lines.get(1).contains("**prod** `bbb2222`"), lines.get(1));
        assertTrue(lines.get(2).contains("**prod** `aaa1111`"), lines.get(2));

        var all = answer(maintainer, "deployments").embeds().get(0).path("description").asText().lines().toList();
        assertTrue(all.getFirst().contains("`ccc3333`"), all.toString());
        assertEquals(Math.min(10, world.deployments.recent(Optional.empty(), 100).size()), all.size());
    }

    @Test
    void theHolderLocksAndUnlocks() {
        assertEquals("Locked `edge`.", answer(maintainer, "lock", CommandOption.string("target", "edge"),
                CommandOption.string("reason", "db migration")).content());
        var lock = world.locks.find("edge").orElseThrow();
        assertEquals(id(maintainer), lock.holder());
        assertEquals("db migration", lock.reason());

        assertEquals("`edge` is already locked by <@" + id(maintainer) + ">: db migration",
                answer(admin, "lock", CommandOption.string("target", "edge"), CommandOption.string("reason", "mine"))
                        .content());
        assertEquals(id(maintainer), world.locks.find("edge").orElseThrow().holder());

        assertEquals("Unlocked `edge` (held by <@" + id(maintainer) + ">).",
                answer(maintainer, "unlock", CommandOption.string("target", "edge")).content());
        assertEquals(Optional.empty(), world.locks.find("edge"));
    }

    @Test
    void anotherMaintainerMayUnlockButANonMaintainerMayNeitherLockNorUnlock() {
        answer(maintainer, "lock", CommandOption.string("target", "edge"), CommandOption.string("reason", "freeze"));

        for (var command : List.of("lock", "unlock")) {
            var options = command.equals("lock")
                    ? new CommandOption[] {CommandOption.string("target", "edge"), CommandOption.string("reason", "x")}
                    : new CommandOption[] {CommandOption.string("target", "edge")};
            var refusal = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), command,
                    options).awaitOriginal(v -> !v.content().isEmpty(), WAIT).latest();
            assertTrue(refusal.ephemeral());
            assertEquals("Only maintainers can do this.", refusal.content());
        }
        assertEquals(id(maintainer), world.locks.find("edge").orElseThrow().holder());

        assertEquals("Unlocked `edge` (held by <@" + id(maintainer) + ">).",
                answer(admin, "unlock", CommandOption.string("target", "edge")).content());
        assertEquals(Optional.empty(), world.locks.find("edge"));
        assertEquals("`edge` is not locked.", answer(admin, "unlock", CommandOption.string("target", "edge"))
                .content());
    }

    /** Runs the command as the member and returns the answer once the deferred reply was edited. */
    private MessageVersion answer(Member member, String command, CommandOption... options) {
        var exchange = world.discord.dispatchSlashCommand(member, world.discord.channel("general"), command,
                options);
        assertEquals(Callback.DEFERRED_REPLY, exchange.awaitCallback(WAIT).type());
        return exchange.awaitOriginal(v -> !v.content().isEmpty() || !v.embeds().isEmpty(), WAIT).latest();
    }

    private void end(Deployment deployment, String toHash) throws InterruptedException {
        world.awaitStatus(deployment.id(), DeploymentStatus.RUNNING);
        world.progress.end(deployment.id(), DeploymentStatus.SUCCEEDED, toHash, List.of(), null);
    }

    private static String id(Member member) {
        return Long.toString(member.id());
    }
}
