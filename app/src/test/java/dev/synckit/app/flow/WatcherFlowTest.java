package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.agent.GitFixture;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's watcher deploys a new upstream revision by itself and tells the service, which shows it. */
class WatcherFlowTest {

    @TempDir
    Path tmp;

    AgentProcess agent;
    RunningSyncKit service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void aRevisionTheWatcherDeploysShowsAsADeploymentRequestedByTheWatcher() throws Exception {
        var git = new GitFixture(Files.createDirectories(tmp.resolve("git")));
        int agentPort;
        try (var probe = new ServerSocket(0)) {
            agentPort = probe.getLocalPort();
        }
        service = TestService.start(tmp.resolve("service"), List.of(new TargetSettings("watched",
                URI.create("http://127.0.0.1:" + agentPort), Secret.of(AgentProcess.SECRET), Optional.of("watched"),
                false, NewVersionPolicy.IGNORE, List.of())));
        agent = AgentProcess.start(tmp.resolve("agent"), """
                pipelines:
                  watched:
                    repo: %s
                    notify_url: http://127.0.0.1:%d/api/v1/agent-events/watched
                    watch: { interval: 1s }
                    steps:
                      - git-pull
                      - shell: { run: "echo watched deploy" }
                """.formatted(git.clone(), service.port()), agentPort);
        var api = new ServiceClient(service.port());

        var pushed = git.push("from upstream");
        var deployment = awaitOne(api);
        var done = api.awaitEnd(deployment.get("id").asText());

        assertEquals("watcher", done.get("requestedBy").asText());
        assertEquals("succeeded", done.get("status").asText(), done.toString());
        assertEquals(pushed.substring(0, 7), done.get("toHash").asText());
        api.awaitLog(done.get("id").asText(), "watched deploy");
    }

    private static JsonNode awaitOne(ServiceClient api) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var list = ServiceClient.json(api.send("GET", "/api/v1/deployments?target=watched", null).body());
            if (list.size() > 0) {
                assertEquals(1, list.size(), list.toString());
                return list.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the watcher's deployment never showed");
    }
}
