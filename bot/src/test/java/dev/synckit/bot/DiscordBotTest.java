package dev.synckit.bot;

import static dev.synckit.bot.BotWorld.title;
import static dev.synckit.core.deployment.DeploymentStep.StepStatus.FAILED;
import static dev.synckit.core.deployment.DeploymentStep.StepStatus.RUNNING;
import static dev.synckit.core.deployment.DeploymentStep.StepStatus.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.RecordedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real JDA against the emulator, the real store and core services; only the agent is scripted. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordBotTest {

    static final Duration WAIT = BotWorld.WAIT;

    BotWorld world;
    RunningBot bot;
    Member maintainer;
    Member admin;
    Member guest;

    @BeforeAll
    void start(@TempDir Path dir) {
        world = new BotWorld(dir, List.of());
        bot = world.start();
        maintainer = world.discord.member("mia", "maintainer");
        admin = world.discord.member("ada", "admin");
        guest = world.discord.member("gus");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void verifyShowsAnyoneTheBuildIdentity() {
        var exchange = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), "verify");
        assertEquals(Callback.DEFERRED_REPLY, exchange.awaitCallback(WAIT).type());
        var answer = exchange.awaitOriginal(v -> v.embeds().size() == 1, WAIT).latest();
        var embed = answer.embeds().get(0);
        assertEquals("EggLedger", embed.path("title").asText());
        assertEquals("v1.2.3", field(embed, "Version"));
        assertTrue(field(embed, "SHA-256").contains("ab12cd"), embed.toString());
        assertTrue(field(embed, "Commit").contains("a1b2c3d4e5"), embed.toString());
        assertTrue(!answer.ephemeral());
    }

    @Test
    void aNonMaintainerIsRefusedOnACommandAndOnAClick() throws Exception {
        var before = world.deployments.recent(Optional.empty(), 100).size();
        var command = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), "updateserver");
        var refusal = command.awaitOriginal(v -> v.content().equals("Only maintainers can do this."), WAIT);
        assertTrue(refusal.latest().ephemeral());
        assertEquals(before, world.deployments.recent(Optional.empty(), 100).size());

        var deployment = world.deployments.request(new DeployRequest("prod", Optional.empty(), "api", "", false));
        var status = world.statusMessage(deployment, v -> v.customIds().contains("sk1:cancel:" + deployment.id()));
        var click = world.discord.clickButton(guest, status, "sk1:cancel:" + deployment.id());
        var clickRefusal = click.awaitCallback(WAIT);
        assertTrue(clickRefusal.ephemeral());
        assertEquals("Only maintainers can do this.", clickRefusal.content());
        assertEquals(DeploymentStatus.AWAITING_CONFIRMATION, world.deployments.find(deployment.id()).get().status());
    }

    @Test
    void updateServerDeploysAndOneStatusMessageFollowsItToTheEnd() {
        var exchange = world.discord.dispatchSlashCommand(maintainer, world.discord.channel("general"),
                "updateserver");
        var deferred = exchange.awaitCallback(WAIT);
        assertEquals(Callback.DEFERRED_REPLY, deferred.type());
        assertTrue(deferred.ephemeral());
        var answer = exchange.awaitOriginal(v -> v.content().contains("https://discord.com/channels/"), WAIT);
        var deployment = world.deployments.recent(Optional.of("default"), 1).getFirst();
        assertTrue(answer.latest().content().endsWith(world.statusLinkTail(deployment)), answer.latest().content());

        var status = world.statusMessage(deployment, v -> title(v).equals("Deploying default"));
        world.progress.steps(deployment.id(), "a1b2c3d", List.of(Progress.step("git-pull", SUCCEEDED, ""),
                Progress.step("docker-build", RUNNING, "")));
        world.progress.end(deployment.id(), DeploymentStatus.SUCCEEDED, "e4f5a6b",
                List.of(Progress.step("git-pull", SUCCEEDED, ""), Progress.step("docker-build", SUCCEEDED, "")),
                null);
        var done = world.awaitLatest(status, v -> title(v).equals("Deployed default"));
        var description = done.embeds().get(0).path("description").asText();
        assertTrue(description.contains("a1b2c3d") && description.contains("e4f5a6b"), description);
        assertEquals(List.of("sk1:rollback:default", "sk1:logs:" + deployment.id()), done.customIds());
        assertTitlesInOrder(status, List.of("Deployment of default queued", "Deploying default", "Deployed default"));
        assertEquals(1, statusMessagesOf(deployment).size());
    }

    @Test
    void aFailedStepShowsTheTailOfItsOutput() throws Exception {
        var deployment = world.deployments.request(new DeployRequest("staging", Optional.empty(), "api", "", false));
        var status = world.statusMessage(deployment, v -> true);
        world.progress.end(deployment.id(), DeploymentStatus.FAILED, null, List.of(Progress.step("git-pull",
                SUCCEEDED, ""), Progress.step("smoke", FAILED, "starting\nnpm ERR! boom")), "step smoke failed");
        var failed = world.awaitLatest(status, v -> title(v).equals("Deployment of staging failed"));
        assertTrue(failed.embeds().get(0).path("description").asText().contains("npm ERR! boom"), failed.json()
                .toString());
    }

    @Test
    void cancelStopsARunningDeployment() throws Exception {
        world.agent.onCancel(runId -> world.deployments.recent(Optional.of("edge"), 5).stream()
                .filter(d -> d.agentRunId().equals(Optional.of(runId))).findFirst()
                .ifPresent(d -> world.progress.end(d.id(), DeploymentStatus.CANCELLED, null, List.of(),
                        "cancelled by the agent")));
        var deployment = world.deployments.request(new DeployRequest("edge", Optional.empty(), "api", "", false));
        var status = world.statusMessage(deployment, v -> title(v).equals("Deploying edge"));
        awaitRunRecorded(deployment);
        var click = world.discord.clickButton(admin, status, "sk1:cancel:" + deployment.id());
        assertEquals(Callback.DEFERRED_REPLY, click.awaitCallback(WAIT).type());
        world.awaitLatest(status, v -> title(v).equals("Deployment of edge cancelled"));
        assertEquals(DeploymentStatus.CANCELLED, world.deployments.find(deployment.id()).get().status());
    }

    @Test
    void anAnnouncementDeploysOnceAndItsButtonsWorkAfterARestart() throws Exception {
        bot.announcer().onNewVersion(event("1.34"));
        var announcement = world.discord.awaitMessage(world.discord.deployChannel(),
                v -> v.customIds().contains("sk1:deploy:default:com.auxbrain.egginc@1.34"), WAIT);
        assertEquals(List.of("sk1:deploy:default:com.auxbrain.egginc@1.34", "sk1:deploy:prod:com.auxbrain.egginc@1.34",
                "sk1:dismiss:com.auxbrain.egginc@1.34"), announcement.latest().customIds());
        bot.announcer().onNewVersion(event("1.34"));

        var first = world.discord.clickButton(maintainer, announcement, "sk1:deploy:default:com.auxbrain.egginc@1.34");
        var second = world.discord.clickButton(admin, announcement, "sk1:deploy:default:com.auxbrain.egginc@1.34");
        first.awaitOriginal(v -> v.content().contains("https://discord.com/channels/")
                || v.content().equals("Someone already did this."), WAIT);
        second.awaitOriginal(v -> v.content().contains("https://discord.com/channels/")
                || v.content().equals("Someone already did this."), WAIT);
        world.awaitLatest(announcement, v -> v.embeds().get(0).path("description").asText().contains("Deploying to default"));
        assertEquals(1, deploymentsFor("1.34"));
        finish("1.34");
        assertEquals(1, world.discord.messages(world.discord.deployChannel()).stream()
                .filter(m -> m.latest().embeds().get(0).path("title").asText().startsWith("New version 1.34")).count());

        bot.announcer().onNewVersion(event("1.35"));
        var later = world.discord.awaitMessage(world.discord.deployChannel(),
                v -> v.customIds().contains("sk1:deploy:default:com.auxbrain.egginc@1.35"), WAIT);
        world.stopBot();
        bot = world.start();
        var click = world.discord.clickButton(maintainer, later, "sk1:deploy:default:com.auxbrain.egginc@1.35");
        click.awaitOriginal(v -> v.content().contains("https://discord.com/channels/"), WAIT);
        assertEquals(1, deploymentsFor("1.35"));
        finish("1.35");
    }

    /** Ends the deployment of the version, so that the default target's queue is free for the other tests. */
    private void finish(String version) {
        world.deployments.recent(Optional.of("default"), 100).stream()
                .filter(d -> d.reason().equals("new version " + version + " of com.auxbrain.egginc"))
                .forEach(d -> world.progress.end(d.id(), DeploymentStatus.SUCCEEDED, "abc1234", List.of(), null));
    }

    @Test
    void aDroppedGatewayIsResumedAndCommandsKeepWorking() {
        world.discord.disconnect();
        world.discord.awaitGatewayOp(6, 1, WAIT);
        var exchange = world.discord.dispatchSlashCommand(guest, world.discord.channel("general"), "verify");
        exchange.awaitOriginal(v -> v.embeds().size() == 1, WAIT);
    }

    private long deploymentsFor(String version) {
        return world.deployments.recent(Optional.of("default"), 100).stream()
                .filter(d -> d.reason().equals("new version " + version + " of com.auxbrain.egginc")).count();
    }

    private static NewVersionEvent event(String version) {
        return new NewVersionEvent("com.auxbrain.egginc", version, "/x/base.apk", "deadbeef", "2026-06-10T00:00:00Z",
                null, null, null, null, null);
    }

    private void awaitRunRecorded(Deployment deployment) throws InterruptedException {
        for (int i = 0; i < 200 && world.deployments.find(deployment.id()).get().agentRunId().isEmpty(); i++) {
            Thread.sleep(25);
        }
    }

    private List<RecordedMessage> statusMessagesOf(Deployment deployment) {
        return world.discord.messages(world.discord.deployChannel()).stream()
                .filter(m -> m.versions().getFirst().json().toString().contains(deployment.id().toString())).toList();
    }

    private static String field(com.fasterxml.jackson.databind.JsonNode embed, String name) {
        for (var field : embed.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field.path("value").asText();
            }
        }
        return "";
    }

    /** The titles the message showed appear in this order (each state may be skipped, none goes back). */
    private static void assertTitlesInOrder(RecordedMessage message, List<String> order) {
        int at = 0;
        for (var version : message.versions()) {
            int index = order.indexOf(title(version));
            assertTrue(index >= at, "titles out of order: " + message.versions().stream().map(BotWorld::title)
                    .toList());
            at = index;
        }
    }
}
