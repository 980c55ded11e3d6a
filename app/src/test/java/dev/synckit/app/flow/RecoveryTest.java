package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.GitFixture;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.AppProfile;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.store.testing.PostgresTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service going away mid-deployment, and several services sharing one database. */
class RecoveryTest {

    @TempDir
    Path tmp;

    GitFixture git;
    AgentProcess agent;
    final List<RunningSyncKit> services = new ArrayList<>();

    @BeforeEach
    void startAgent() throws Exception {
        git = new GitFixture(java.nio.file.Files.createDirectories(tmp.resolve("git")));
        agent = AgentProcess.start(tmp.resolve("agent"), """
                pipelines:
                  web:
                    repo: %s
                    steps:
                      - git-pull
                      - shell: { run: "echo started; sleep 2; echo finished" }
                  quick:
                    repo: %s
                    steps:
                      - shell: { run: "sleep 0.3" }
                """.formatted(git.clone(), git.clone()));
    }

    @AfterEach
    void stop() throws Exception {
        services.forEach(RunningSyncKit::close);
        if (agent != null) {
            agent.close();
        }
    }

    private List<TargetSettings> targets() {
        return List.of(
                new TargetSettings("web", URI.create(agent.url()), Secret.of(AgentProcess.SECRET), Optional.of("web"),
                        false, NewVersionPolicy.IGNORE, List.of()),
                new TargetSettings("quick", URI.create(agent.url()), Secret.of(AgentProcess.SECRET),
                        Optional.of("quick"), false, NewVersionPolicy.IGNORE, List.of()));
    }

    private RunningSyncKit started(RunningSyncKit service) {
        services.add(service);
        return service;
    }

    @Test
    void aServiceStoppedMidDeploymentFinishesTrackingItAfterItsRestart() throws Exception {
        var after = git.push("second");
        var first = started(TestService.start(tmp.resolve("service"), targets()));
        var id = new ServiceClient(first.port()).request("web", "");
        new ServiceClient(first.port()).awaitLog(id, "started");

        first.close();
        services.remove(first);
        var second = started(TestService.start(tmp.resolve("service"), targets()));
        var done = new ServiceClient(second.port()).awaitEnd(id);

        assertEquals("succeeded", done.get("status").asText(), done.toString());
        assertEquals(after.substring(0, 7), done.get("toHash").asText());
        assertEquals(1, agentRuns(), "the restarted service did not run it again");
    }

    @Test
    void twoReplicasOnOnePostgresRunEachDeploymentOnceAndOneAtATimePerTarget() throws Exception {
        try (var database = PostgresTestDatabase.create()) {
            for (int i = 0; i < 2; i++) {
                started(TestService.start(AppProfile.builder().dataDir(tmp.resolve("replica-" + i))
                        .dbUrl(database.jdbcUrl()).dbUser(database.user()).dbPassword(database.password()),
                        targets()));
            }
            var clients = services.stream().map(service -> new ServiceClient(service.port())).toList();
            var ids = new ArrayList<String>();
            for (int i = 0; i < 6; i++) {
                ids.add(clients.get(i % 2).request("quick", ""));
            }
            var runs = new ArrayList<com.fasterxml.jackson.databind.JsonNode>();
            for (int i = 0; i < ids.size(); i++) {
                var done = clients.get((i + 1) % 2).awaitEnd(ids.get(i));
                assertEquals("succeeded", done.get("status").asText(), done.toString());
                runs.add(done);
            }
            runs.sort(Comparator.comparing(run -> Instant.parse(run.get("startedAt").asText())));
            for (int i = 1; i < runs.size(); i++) {
                var previousEnd = Instant.parse(runs.get(i - 1).get("finishedAt").asText());
                var start = Instant.parse(runs.get(i).get("startedAt").asText());
                assertFalse(start.isBefore(previousEnd), "one at a time: " + runs.get(i - 1) + " / " + runs.get(i));
            }
            assertEquals(6, agentRuns(), "each deployment ran exactly once on the agent");
            services.forEach(RunningSyncKit::close);
            services.clear();
        }
    }

    /** The runs the agent kept: one outcome file per run in its data directory. */
    private long agentRuns() throws IOException {
        try (var files = Files.list(tmp.resolve("agent").resolve("data").resolve("deployments"))) {
            return files.filter(file -> file.toString().endsWith(".json")).count();
        }
    }
}
