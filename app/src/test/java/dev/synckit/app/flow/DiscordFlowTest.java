package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.GitFixture;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.AppProfile;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.user.CommandOption;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord end to end with every piece real: JDA over a websocket to the testkit's emulator, the service, the agent
 * jar as a process over real git. What is asserted is what a guild member sees.
 */
class DiscordFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    DiscordEmulator discord;
    GitFixture git;
    AgentProcess agent;
    RunningSyncKit service;
    Member maintainer;
    Member guest;

    @BeforeEach
    void start() throws Exception {
        discord = DiscordEmulator.start();
        maintainer = discord.member("mia", "maintainer");
        guest = discord.member("gus");
        git = new GitFixture(Files.createDirectories(tmp.resolve("git")));
        agent = AgentProcess.start(tmp.resolve("agent"), """
                pipelines:
                  web:
                    repo: %s
                    steps:
                      - git-pull
                      - shell: { run: "echo deployed $(git rev-parse --short HEAD)" }
                  broken:
                    repo: %s
                    steps:
                      - shell: { run: "echo compiling; echo 'error: boom' >&2; exit 3" }
                  hang:
                    repo: %s
                    steps:
                      - shell: { run: "echo waiting; sleep 60" }
                """.formatted(git.clone(), git.clone(), git.clone()));
        service = startService();
    }

    private RunningSyncKit startService() {
        var profile = AppProfile.builder().dataDir(tmp.resolve("service"))
                .discordToken(discord.botToken())
                .appId(Long.toString(discord.application().id()))
                .guildId(Long.toString(discord.guild().id()))
                .discordApiUrl(discord.restBaseUrl())
                .discordGatewayUrl(discord.gatewayUrl())
                .deployChannelId(Long.toString(discord.deployChannel().id()));
        return TestService.start(profile, List.of(target("default", "web"), target("broken", "broken"),
                target("hang", "hang")));
    }

    private TargetSettings target(String name, String pipeline) {
        return new TargetSettings(name, URI.create(agent.url()), Secret.of(AgentProcess.SECRET),
                Optional.of(pipeline), false, NewVersionPolicy.ANNOUNCE, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (agent != null) {
            agent.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void verifyShowsTheRunningBuildToAnyone() {
        var exchange = discord.dispatchSlashCommand(guest, discord.channel("general"), "verify");
        var embed = exchange.awaitOriginal(v -> v.embeds().size() == 1, WAIT).latest().embeds().get(0);
        assertEquals("synckit", embed.path("title").asText());
        assertTrue(embed.toString().contains(service.build().version()), embed.toString());
    }

    @Test
    void updateServerRunsARealDeploymentWhoseOneStatusMessageEndsDeployed() throws Exception {
        var before = git.cloneHead();
        var after = git.push("second");
        var exchange = discord.dispatchSlashCommand(maintainer, discord.channel("general"), "updateserver");
        assertTrue(exchange.awaitCallback(WAIT).ephemeral(), "the person who asked gets a private link");

        var status = awaitStatus(v -> title(v).equals("Deployed default"));
        var description = status.latest().embeds().get(0).path("description").asText();
        assertTrue(description.contains(before.substring(0, 7)) && description.contains(after.substring(0, 7)),
                description);
        assertEquals(after, git.cloneHead());
        var versions = status.versions();
        for (int i = 2; i < versions.size(); i++) { // the first edit may follow the post at once
            var gap = Duration.between(versions.get(i - 1).at(), versions.get(i).at());
            assertTrue(gap.toMillis() >= 950, "edits at most one a second: " + gap + " between versions " + (i - 1)
                    + " and " + i);
        }
    }

    @Test
    void aFailedStepShowsTheTailOfItsOutput() {
        discord.dispatchSlashCommand(maintainer, discord.channel("general"), "deploy",
                CommandOption.string("target", "broken"));
        var failed = awaitStatus(v -> title(v).equals("Deployment of broken failed"));
        assertTrue(failed.latest().embeds().get(0).path("description").asText().contains("error: boom"),
                failed.latest().json().toString());
    }

    @Test
    void aNonMaintainerIsRefusedAndNothingIsDeployed() {
        var exchange = discord.dispatchSlashCommand(guest, discord.channel("general"), "updateserver");
        var refusal = exchange.awaitCallback(WAIT);
        assertTrue(refusal.ephemeral());
        assertEquals("Only maintainers can do this.", refusal.content());
        assertTrue(service.deployments().recent(Optional.empty(), 10).isEmpty());
    }

    @Test
    void cancelOnTheStatusMessageStopsTheAgentsRun() throws Exception {
        discord.dispatchSlashCommand(maintainer, discord.channel("general"), "deploy",
                CommandOption.string("target", "hang"));
        var deployment = awaitDeployment("hang");
        new ServiceClient(service.port()).awaitLog(deployment, "waiting");
        var status = awaitStatus(v -> v.customIds().contains("sk1:cancel:" + deployment));

        discord.clickButton(maintainer, status, "sk1:cancel:" + deployment).awaitCallback(WAIT);
        awaitStatus(v -> title(v).equals("Deployment of hang cancelled"));
    }

    @Test
    void aNewVersionIsAnnouncedOnceAndItsDeployButtonStillWorksAfterARestart() throws Exception {
        var after = git.push("1.35");
        var event = "{\"package\":\"com.auxbrain.egginc\",\"version\":\"1.35\"}";
        assertEquals(200, TestService.postEvent(service.port(), event).statusCode());
        assertEquals(200, TestService.postEvent(service.port(), event).statusCode());
        var deployId = "sk1:deploy:default:com.auxbrain.egginc@1.35";
        var announcement = discord.awaitMessage(discord.deployChannel(), v -> v.customIds().contains(deployId), WAIT);

        service.close();
        service = startService();
        discord.clickButton(maintainer, announcement, deployId).awaitCallback(WAIT);

        awaitStatus(v -> title(v).equals("Deployed default"));
        assertEquals(after, git.cloneHead());
        assertEquals(1, discord.messages(discord.deployChannel()).stream()
                .filter(message -> message.latest().customIds().contains("sk1:dismiss:com.auxbrain.egginc@1.35")
                        || title(message.latest()).startsWith("New version 1.35")).count(), "announced once");
    }

    private String awaitDeployment(String target) throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var recent = service.deployments().recent(Optional.of(target), 1);
            if (!recent.isEmpty()) {
                return recent.getFirst().id().value();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no deployment of " + target);
    }

    private RecordedMessage awaitStatus(Predicate<MessageVersion> matches) {
        return discord.awaitMessage(discord.deployChannel(), matches, WAIT);
    }

    private static String title(MessageVersion version) {
        return version.embeds().size() == 0 ? "" : version.embeds().get(0).path("title").asText();
    }
}
