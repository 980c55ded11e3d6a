package dev.synckit.agent.run;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.EngineWitness;
import dev.synckit.agent.pipeline.PipelineSpec;
import dev.synckit.agent.pipeline.Step;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Outcomes and whole logs older than {@code retention} leave the data directory; younger and running ones stay. */
@Timeout(30)
class OutcomeRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path data;

    @Test
    void removesFinishedDeploymentsOlderThanTheRetentionAndKeepsTheRest() throws Exception {
        var store = new DeploymentStore(data);
        keep(store, "old", DeploymentStatus.SUCCEEDED, NOW.minus(Duration.ofDays(31)));
        keep(store, "young", DeploymentStatus.FAILED, NOW.minus(Duration.ofDays(29)));
        Path strayLog = store.logFile("stray");
        Files.writeString(strayLog, "a log whose outcome someone removed by hand\n");
        Files.setLastModifiedTime(strayLog, FileTime.from(NOW.minus(Duration.ofDays(60))));
        store.load(NOW, List.of());
        // started after the load, as a running deployment is; its files are old only because this test says so
        keep(store, "running", DeploymentStatus.RUNNING, NOW.minus(Duration.ofDays(40)));

        var retention = new OutcomeRetention(store, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(2, retention.sweep());

        assertEquals(List.of("running.json", "running.log", "young.json", "young.log"), files());
        assertTrue(store.find("old").isEmpty());
        assertTrue(store.find("young").isPresent());
        assertEquals(0, retention.sweep(), "a second sweep finds nothing more");
    }

    @Test
    void aLogStillBeingWrittenKeepsItsDeploymentEvenWhenTheOutcomeIsOld() throws Exception {
        var store = new DeploymentStore(data);
        keep(store, "late", DeploymentStatus.SUCCEEDED, NOW.minus(Duration.ofDays(45)));
        Files.setLastModifiedTime(store.logFile("late"), FileTime.from(NOW.minus(Duration.ofDays(1))));
        store.load(NOW, List.of());

        assertEquals(0, new OutcomeRetention(store, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC)).sweep());
        assertEquals(List.of("late.json", "late.log"), files());
    }

    @Test
    void zeroKeepsEverything() throws Exception {
        var store = new DeploymentStore(data);
        keep(store, "ancient", DeploymentStatus.SUCCEEDED, NOW.minus(Duration.ofDays(3650)));
        store.load(NOW, List.of());

        var retention = new OutcomeRetention(store, Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));
        retention.start();
        assertEquals(0, retention.sweep());
        retention.close();
        assertEquals(List.of("ancient.json", "ancient.log"), files());
        assertTrue(store.find("ancient").isPresent());
    }

    @Test
    void theAgentSweepsAtStartSoAnOldDeploymentIsNoLongerServed() throws Exception {
        var store = new DeploymentStore(data);
        var now = Instant.now();
        keep(store, "old", DeploymentStatus.SUCCEEDED, now.minus(Duration.ofHours(49)));
        keep(store, "young", DeploymentStatus.SUCCEEDED, now.minus(Duration.ofHours(47)));
        String yaml = "retention: 2d\nsteps: [ { shell: { run: 'true' } } ]\n";
        try (var agent = new AgentFixture(yaml, data)) {
            assertEquals(404, agent.api("GET", "/v1/deployments/old", null).statusCode());
            assertEquals(200, agent.api("GET", "/v1/deployments/young", null).statusCode());
            assertEquals("young", agent.state("young").id());

            // a retried request of a deployment that is gone deploys anew rather than naming what no longer exists
            String again = agent.start("{\"requestId\":\"request-of-old\"}");
            assertNotEquals("old", again);
            assertEquals(DeploymentStatus.SUCCEEDED, agent.awaitFinal(again).status());
            assertEquals(again, agent.start("{\"requestId\":\"request-of-old\"}"), "and that one is idempotent again");
        }
        assertFalse(Files.exists(store.logFile("old")));
    }

    @Test
    void aRequestIdWhoseDeploymentTheDailySweepRemovedStartsANewOne() throws Exception {
        var store = new DeploymentStore(data);
        keep(store, "old", DeploymentStatus.SUCCEEDED, NOW.minus(Duration.ofDays(31)));
        store.load(NOW, List.of());
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var masker = new Masker("agent-secret", Map.of());
        var commands = new CommandRunner(Duration.ofSeconds(1), masker, new ProcessGroups(data));
        try (var http = HttpClient.newHttpClient()) {
            var run = new PipelineRun(new StepExecutor(commands, EngineWitness.none(), http), masker, Map.of(), store,
                    clock);
            var queue = new DeployQueue(run, store, deployment -> DeploymentEvents.NONE, clock, masker);
            var pipeline = new PipelineSpec("default", null, null,
                    List.of(new Step.Shell("true", null, Duration.ofSeconds(10), false)), Optional.empty(), null);
            var request = new DeployQueue.Request(pipeline, Deployment.Trigger.API, null, "request-of-old", null);
            assertEquals(new DeployQueue.Submitted("old", false), queue.submit(request), "known while kept");

            assertEquals(1, new OutcomeRetention(store, Duration.ofDays(30), clock).sweep());
            var submitted = queue.submit(request);
            assertTrue(submitted.created(), "the deployment it named is gone, so the request deploys anew");
            await().atMost(Duration.ofSeconds(10)).until(() -> queue.find(submitted.id())
                    .map(state -> state.status().isFinal()).orElse(false));
            assertEquals(DeploymentStatus.SUCCEEDED, queue.find(submitted.id()).orElseThrow().status());
        }
    }

    /** A deployment as an earlier run left it: its outcome and its log, both last written at {@code when}. */
    private static void keep(DeploymentStore store, String id, DeploymentStatus status, Instant when)
            throws Exception {
        String finished = status.isFinal() ? when.toString() : null;
        var state = new DeploymentState(id, "default", status, "api", null, "request-of-" + id, false, null, null,
                null, null, List.of(), null, when.toString(), when.toString(), finished);
        store.save(state);
        try (var log = store.openLog(id)) {
            log.line("== " + status);
        }
        for (Path file : List.of(store.logFile(id), store.logFile(id).resolveSibling(id + ".json"))) {
            Files.setLastModifiedTime(file, FileTime.from(when));
        }
    }

    private List<String> files() throws Exception {
        try (var listed = Files.list(data.resolve("deployments"))) {
            return listed.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
