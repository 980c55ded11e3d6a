package dev.synckit.bot;

import static dev.synckit.bot.BotWorld.WAIT;
import static dev.synckit.bot.BotWorld.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.KeptOutput;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.user.CommandOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confirm, Dismiss, Rollback, Retry and Logs as members click them in the emulator, through the real JDA, store
 * and core services. Each test leaves its target idle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ButtonClicksTest {

    private static final String ALREADY = "Someone already did this.";

    BotWorld world;
    RunningBot bot;
    Member maintainer;
    Member admin;

    @BeforeAll
    void start(@TempDir Path dir) {
        world = new BotWorld(dir, List.of());
        bot = world.start();
        maintainer = world.discord.member("mia", "maintainer");
        admin = world.discord.member("ada", "admin");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void confirmIsRefusedToTheRequesterAndQueuesForASecondMaintainer() throws Exception {
        var asked = world.discord.dispatchSlashCommand(maintainer, world.discord.channel("general"), "deploy",
                CommandOption.string("target", "prod"));
        var answer = done(asked).content();
        var deployment = world.deployments.recent(Optional.of("prod"), 1).getFirst();
        assertTrue(answer.startsWith("Deployment of `prod` awaits a second maintainer's confirmation: "), answer);
        var confirm = "sk1:confirm:" + deployment.id();
        var status = world.statusMessage(deployment, v -> v.customIds().contains(confirm));

        var own = done(world.discord.clickButton(maintainer, status, confirm));
        assertTrue(own.ephemeral());
        assertEquals("You asked for this deployment yourself: another maintainer must confirm it.", own.content());
        assertEquals(DeploymentStatus.AWAITING_CONFIRMATION, world.deployments.find(deployment.id()).get().status());
        assertTrue(!world.agent.started.contains(deployment.id()));

        var second = done(world.discord.clickButton(admin, status, confirm));
        assertTrue(second.content().startsWith("Deployment of `prod` is "), second.content());
        assertTrue(second.content().endsWith(world.statusLinkTail(deployment)), second.content());
        world.awaitStatus(deployment.id(), DeploymentStatus.RUNNING);
        // the claim stores RUNNING a moment before the queue calls the agent
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (!world.agent.started.contains(deployment.id()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(world.agent.started.contains(deployment.id()));
        world.awaitLatest(status, v -> title(v).equals("Deploying prod"));
        world.progress.end(deployment.id(), DeploymentStatus.SUCCEEDED, "c0ffee1", List.of(), null);
    }

    @Test
    void dismissLeavesTheAnnouncementDismissedWithoutButtons() throws Exception {
        bot.announcer().onNewVersion(new NewVersionEvent("com.auxbrain.egginc", "2.0", "/x/base.apk", "deadbeef",
                "2026-06-10T00:00:00Z", null, null, null, null, null));
        var dismiss = "sk1:dismiss:com.auxbrain.egginc@2.0";
        var announcement = world.discord.awaitMessage(world.discord.deployChannel(),
                v -> v.customIds().contains(dismiss), WAIT);
        var before = world.deployments.recent(Optional.empty(), 100).size();

        var reply = done(world.discord.clickButton(maintainer, announcement, dismiss));
        assertTrue(reply.ephemeral());
        assertEquals("Dismissed.", reply.content());
        var dismissed = world.awaitLatest(announcement, v -> v.customIds().isEmpty());
        assertTrue(dismissed.embeds().get(0).path("description").asText()
                .contains("Dismissed by <@" + maintainer.id() + ">."), dismissed.json().toString());
        assertTrue(dismissed.customIds().stream().noneMatch(id -> id.startsWith("sk1:deploy:")));
        assertEquals(before, world.deployments.recent(Optional.empty(), 100).size());
    }

    @Test
    void rollbackClickedTwiceStartsOneRollback() throws Exception {
        world.succeeded("default", "1111111");
        var current = world.succeeded("default", "2222222");
        var status = world.statusMessage(current, v -> v.customIds().contains("sk1:rollback:default"));

        var replies = bothClick(status, "sk1:rollback:default");
        var rollbacks = world.deployments.recent(Optional.of("default"), 100).stream()
                .filter(d -> d.ref().equals(Optional.of("1111111"))).toList();
        assertEquals(1, rollbacks.size(), rollbacks.toString());
        assertEquals(List.of(ALREADY), replies.stream().filter(ALREADY::equals).toList());
        assertTrue(replies.stream().anyMatch(r -> r.endsWith(world.statusLinkTail(rollbacks.getFirst()))),
                replies.toString());
        end(rollbacks.getFirst());
    }

    @Test
    void aRefusedRetryDoesNotUseTheButtonUp() throws Exception {
        var failed = world.deployments.request(new DeployRequest("edge", Optional.empty(), "api", "", false));
        world.awaitStatus(failed.id(), DeploymentStatus.RUNNING);
        world.progress.end(failed.id(), DeploymentStatus.FAILED, null, List.of(), "step smoke failed");
        var retry = "sk1:retry:" + failed.id();
        var status = world.statusMessage(failed, v -> v.customIds().contains(retry));
        world.locks.lock("edge", "ops", "freeze");

        var refused = done(world.discord.clickButton(maintainer, status, retry)).content();
        assertTrue(refused.contains("locked"), refused);
        world.locks.unlock("edge", "ops", true);

        var accepted = done(world.discord.clickButton(maintainer, status, retry)).content();
        assertTrue(!accepted.equals(ALREADY), "the refused click gave its claim back: " + accepted);
        var retries = world.deployments.recent(Optional.of("edge"), 100).stream()
                .filter(d -> d.reason().equals("retry of " + failed.id())).toList();
        assertEquals(1, retries.size(), retries.toString());
        end(retries.getFirst());
    }

    @Test
    void retryClickedTwiceStartsOneDeploymentOfTheSameRef() throws Exception {
        var failed = world.deployments.request(new DeployRequest("staging", Optional.of("v7"), "api", "", false));
        world.awaitStatus(failed.id(), DeploymentStatus.RUNNING);
        world.progress.end(failed.id(), DeploymentStatus.FAILED, null, List.of(), "step smoke failed");
        var retry = "sk1:retry:" + failed.id();
        var status = world.statusMessage(failed, v -> v.customIds().contains(retry));

        var replies = bothClick(status, retry);
        var retries = world.deployments.recent(Optional.of("staging"), 100).stream()
                .filter(d -> d.reason().equals("retry of " + failed.id())).toList();
        assertEquals(1, retries.size(), retries.toString());
        assertEquals(Optional.of("v7"), retries.getFirst().ref());
        assertEquals(List.of(ALREADY), replies.stream().filter(ALREADY::equals).toList());
        end(retries.getFirst());
    }

    /**
     * The attached file is read back as the emulator keeps it: the full log, line for line, with the secret masked.
     */
    @Test
    void logsAnswersOnlyTheClickerWithTheFullOutput() throws Exception {
        var d = world.deployments.request(new DeployRequest("edge", Optional.empty(), "api", "", false));
        world.awaitStatus(d.id(), DeploymentStatus.RUNNING);
        world.store.deployments().recordProgress(d.id(), 1, "step-output",
                KeptOutput.whole("pulling\n"), Instant.now());
        world.store.deployments().recordProgress(d.id(), 2, "step-output",
                KeptOutput.whole("token " + BotWorld.SECRET + "\n"),
                Instant.now());
        world.progress.end(d.id(), DeploymentStatus.SUCCEEDED, "abc1234", List.of(), null);
        var logs = "sk1:logs:" + d.id();
        var status = world.statusMessage(d, v -> v.customIds().contains(logs));

        var exchange = world.discord.clickButton(admin, status, logs);
        var reply = done(exchange);
        assertTrue(reply.ephemeral());
        assertEquals("Full output of deployment `" + d.id() + "`:", reply.content());
        var file = reply.json().path("attachments").path(0);
        assertEquals("deployment-" + d.id() + ".log", file.path("filename").asText());
        var stored = world.discord.transcript().file(Long.parseUnsignedLong(file.path("id").asText())).orElseThrow();
        assertEquals("pulling\ntoken ****\n", new String(stored.content(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(!exchange.original().orElseThrow().inChannel());
        assertTrue(world.discord.messages(world.discord.deployChannel()).stream()
                .noneMatch(m -> m.latest().json().toString().contains(BotWorld.SECRET)));
    }

    /** The maintainer and the admin click at once; their two answers. */
    private List<String> bothClick(RecordedMessage message, String customId) {
        var first = world.discord.clickButton(maintainer, message, customId);
        var second = world.discord.clickButton(admin, message, customId);
        return Stream.of(first, second).map(exchange -> done(exchange).content()).toList();
    }

    /** The ephemeral answer once the deferred reply was edited. */
    private MessageVersion done(InteractionExchange exchange) {
        assertEquals(Callback.DEFERRED_REPLY, exchange.awaitCallback(WAIT).type());
        return exchange.awaitOriginal(v -> !v.content().isEmpty(), WAIT).latest();
    }

    private void end(Deployment deployment) throws InterruptedException {
        world.awaitStatus(deployment.id(), DeploymentStatus.RUNNING);
        world.progress.end(deployment.id(), DeploymentStatus.SUCCEEDED, "e4f5a6b", List.of(), null);
    }
}
