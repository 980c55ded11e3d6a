package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.agent.GitFixture;
import dev.synckit.app.ServiceProcess;
import dev.synckit.app.TestService;
import dev.synckit.store.testing.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service jar in real processes beside the real agent jar: killed in the middle of a deployment and started
 * again, and two replicas sharing one PostgreSQL.
 */
class ServiceProcessesIT {

    @TempDir
    Path tmp;

    GitFixture git;
    AgentProcess agent;
    final List<ServiceProcess> services = new ArrayList<>();

    @BeforeEach
    void startAgent() throws Exception {
        git = new GitFixture(Files.createDirectories(tmp.resolve("git")));
        agent = AgentProcess.start(tmp.resolve("agent"), """
                pipelines:
                  web:
                    repo: %s
                    steps:
                      - git-pull
                      - shell: { run: "echo started; sleep 3; echo finished" }
                  quick:
                    repo: %s
                    steps:
                      - shell: { run: "sleep 0.3" }
                """.formatted(git.clone(), git.clone()));
    }

    @AfterEach
    void stop() throws Exception {
        for (var service : services) {
            service.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    private ServiceProcess service(Path dir, Map<String, String> extraEnv) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("synckit.yaml"), """
                targets:
                  web: { agent_url: "%s", agent_secret_env: FLOW_AGENT_SECRET, pipeline: web }
                  quick: { agent_url: "%s", agent_secret_env: FLOW_AGENT_SECRET, pipeline: quick }
                """.formatted(agent.url(), agent.url()));
        var env = new HashMap<>(Map.of("SYNCKIT_HTTP_PORT", "0", "SYNCKIT_API_TOKEN", TestService.API_TOKEN,
                "FLOW_AGENT_SECRET", AgentProcess.SECRET));
        env.putAll(extraEnv);
        var service = ServiceProcess.start(dir, env);
        services.add(service);
        return service;
    }

    @Test
    void aServiceKilledMidDeploymentFinishesTrackingItAfterItsRestart() throws Exception {
        var after = git.push("second");
        // the same address before and after, as when the service redeploys itself: the agent's callbacks find it
        var port = Integer.toString(freePort());
        var first = service(tmp.resolve("service"), Map.of("SYNCKIT_HTTP_PORT", port));
        var api = new ServiceClient(first.awaitPort());
        var id = api.request("web", "");
        api.awaitLog(id, "started");

        first.kill();
        var second = service(tmp.resolve("service"), Map.of("SYNCKIT_HTTP_PORT", port));
        var done = new ServiceClient(second.awaitPort()).awaitEnd(id);

        assertEquals("succeeded", done.get("status").asText(), done.toString());
        assertEquals(after.substring(0, 7), done.get("toHash").asText());
        assertEquals(1, agentRuns(), "the restarted service did not run it again");
    }

    @Test
    void twoReplicasOnOnePostgresRunEachDeploymentOnceAndOneAtATimePerTarget() throws Exception {
        try (var database = PostgresTestDatabase.create()) {
            var db = Map.of("SYNCKIT_DB_URL", database.jdbcUrl(), "SYNCKIT_DB_USER", database.user(),
                    "SYNCKIT_DB_PASSWORD", database.password());
            var clients = new ArrayList<ServiceClient>();
            for (int i = 0; i < 2; i++) {
                clients.add(new ServiceClient(service(tmp.resolve("replica-" + i), db).awaitPort()));
            }
            var ids = new ArrayList<String>();
            for (int i = 0; i < 6; i++) {
                ids.add(clients.get(i % 2).request("quick", ""));
            }
            var runs = new ArrayList<JsonNode>();
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
            for (var service : services) {
                service.close();
            }
            services.clear();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The runs the agent kept: one outcome file per run in its data directory. */
    private long agentRuns() throws IOException {
        try (var files = Files.list(tmp.resolve("agent").resolve("data").resolve("deployments"))) {
            return files.filter(file -> file.toString().endsWith(".json")).count();
        }
    }
}
