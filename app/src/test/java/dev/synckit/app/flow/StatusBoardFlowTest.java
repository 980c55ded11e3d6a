package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.GitFixture;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.EmulatorOptions;
import dev.synckit.testkit.guild.Channel;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.RecordedMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status board with every piece real (JDA to the emulator, the service, the agent jar over real git): one
 * message in the status channel, edited when a deployment ends, the same message edited after a restart, and
 * posted again once when someone deleted it.
 */
class StatusBoardFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    DiscordEmulator discord;
    GitFixture git;
    AgentProcess agent;
    RunningSyncKit service;
    Channel status;

    @BeforeEach
    void start() throws Exception {
        discord = DiscordEmulator.start(new EmulatorOptions("synckit", "Test Guild",
                List.of("general", "deploys", "status"), "deploys", 0, Duration.ofMillis(41_250)));
        status = discord.channel("status");
        git = new GitFixture(Files.createDirectories(tmp.resolve("git")));
        agent = AgentProcess.start(tmp.resolve("agent"), """
                pipelines:
                  web:
                    repo: %s
                    steps:
                      - git-pull
                """.formatted(git.clone()));
        service = startService();
    }

    private RunningSyncKit startService() {
        var profile = TestService.onEmulator(tmp.resolve("service"), discord)
                .statusChannelId(Long.toString(status.id()));
        var target = new TargetSettings("web", URI.create(agent.url()), Secret.of(AgentProcess.SECRET),
                Optional.of("web"), false, NewVersionPolicy.IGNORE, List.of());
        return TestService.start(profile, List.of(target));
    }

    @AfterEach
    void stop() throws Exception {
        TestService.stopAll(service, agent, discord);
    }

    @Test
    void theBoardIsOneMessageEditedOnDeploymentsAndAcrossARestart() throws Exception {
        var board = discord.awaitMessage(status, v -> field(v).startsWith("Running: not deployed"), WAIT);
        assertEquals("⚪ web", fieldName(board.latest()));

        var after = git.push("second").substring(0, 7);
        deploy();
        discord.awaitMessage(status, v -> field(v).startsWith("Running `" + after + "` since <t:"), WAIT);
        assertEquals("✅ web", fieldName(board.latest()));
        assertEquals(List.of(board.id()), ids(discord.messages(status)), "one board, edited");

        var versions = board.versions().size();
        service.close();
        service = startService();
        discord.awaitVersions(board, versions + 1, WAIT);
        assertTrue(field(board.latest()).startsWith("Running `" + after + "`"), field(board.latest()));
        assertEquals(List.of(board.id()), ids(discord.messages(status)), "found again after the restart, not re-posted");
    }

    @Test
    void aDeletedBoardIsPostedAgainOnceAndThatOneIsKeptCurrent() throws Exception {
        var first = discord.awaitMessage(status, v -> field(v).startsWith("Running: not deployed"), WAIT);
        discord.transcript().recordDelete(first);

        var after = git.push("second").substring(0, 7);
        deploy();
        var second = discord.awaitMessage(status, v -> field(v).startsWith("Running `" + after + "`"), WAIT);
        assertNotEquals(first.id(), second.id());
        assertEquals(List.of(second.id()), ids(discord.messages(status)), "posted again once");

        var versions = second.versions().size();
        var third = git.push("third").substring(0, 7);
        deploy();
        discord.awaitVersions(second, versions + 1, WAIT);
        discord.awaitMessage(status, v -> field(v).startsWith("Running `" + third + "`"), WAIT);
        assertEquals(List.of(second.id()), ids(discord.messages(status)), "the new board is the one edited");
    }

    private void deploy() throws Exception {
        var api = new ServiceClient(service.port());
        assertEquals("succeeded", api.awaitEnd(api.request("web", "")).get("status").asText());
    }

    private static List<Long> ids(List<RecordedMessage> messages) {
        return messages.stream().map(RecordedMessage::id).toList();
    }

    private static String fieldName(MessageVersion version) {
        return version.embeds().path(0).path("fields").path(0).path("name").asText();
    }

    private static String field(MessageVersion version) {
        return version.embeds().path(0).path("fields").path(0).path("value").asText();
    }
}
