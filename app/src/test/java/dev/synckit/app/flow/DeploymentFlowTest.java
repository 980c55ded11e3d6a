package dev.synckit.app.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.GitFixture;
import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.agent.CallbackSignature;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployments end to end: the real service over HTTP (H2), the real agent jar in its own process, real git.
 */
class DeploymentFlowTest {

    @TempDir
    Path tmp;

    GitFixture git;
    AgentProcess agent;
    RunningSyncKit service;
    ServiceClient api;

    @BeforeEach
    void start() throws Exception {
        git = new GitFixture(java.nio.file.Files.createDirectories(tmp.resolve("git")));
        agent = AgentProcess.start(tmp.resolve("agent"), """
                pipelines:
                  web:
                    repo: %s
                    steps:
                      - git-pull
                      - shell: { run: "echo deployed $(git rev-parse --short HEAD)" }
                  slow-a:
                    repo: %s
                    steps:
                      - shell: { run: "sleep 1; echo a done" }
                  slow-b:
                    repo: %s
                    steps:
                      - shell: { run: "sleep 1; echo b done" }
                  hang:
                    repo: %s
                    steps:
                      - shell: { run: "echo waiting; sleep 60" }
                  broken:
                    repo: %s
                    steps:
                      - shell: { run: "echo 'error: boom' >&2; exit 3" }
                  many:
                    repo: %s
                    steps:
                      - shell: { run: "seq 1 20000" }
                """.formatted(git.clone(), git.clone(), git.clone(), git.clone(), git.clone(), git.clone()));
        service = TestService.start(tmp.resolve("service"), List.of(
                target("web", "web", false, NewVersionPolicy.DEPLOY, List.of("com.example.web")),
                target("gated", "web", true, NewVersionPolicy.ANNOUNCE, List.of()),
                target("slow-a", "slow-a", false, NewVersionPolicy.IGNORE, List.of()),
                target("slow-b", "slow-b", false, NewVersionPolicy.IGNORE, List.of()),
                target("hang", "hang", false, NewVersionPolicy.IGNORE, List.of()),
                target("broken", "broken", false, NewVersionPolicy.IGNORE, List.of()),
                target("many", "many", false, NewVersionPolicy.IGNORE, List.of()),
                target("hang-too", "hang", false, NewVersionPolicy.IGNORE, List.of())));
        api = new ServiceClient(service.port());
    }

    private TargetSettings target(String name, String pipeline, boolean confirm, NewVersionPolicy policy,
            List<String> packages) {
        return new TargetSettings(name, URI.create(agent.url()), Secret.of(AgentProcess.SECRET),
                Optional.of(pipeline), confirm, policy, packages);
    }

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
    void aRequestRunsToSucceededWithTheHashesAndTheSteps() throws Exception {
        var before = git.cloneHead();
        var after = git.push("second");

        var id = api.request("web", ",\"reason\":\"ship it\"");
        var done = api.awaitEnd(id);

        assertEquals("succeeded", done.get("status").asText(), done.toString());
        assertEquals(before.substring(0, 7), done.get("fromHash").asText());
        assertEquals(after.substring(0, 7), done.get("toHash").asText());
        assertEquals("api", done.get("requestedBy").asText());
        assertEquals("ship it", done.get("reason").asText());
        assertEquals(List.of("succeeded", "succeeded"), done.get("steps").findValuesAsText("status"));
        assertTrue(done.get("steps").get(1).get("tail").asText().contains("deployed " + after.substring(0, 7)),
                done.toString());
        assertEquals(after, git.cloneHead(), "the host's clone moved");

        // the full log follows the agent's callbacks, which may land a moment after a poll saw the end
        api.awaitLog(id, "deployed " + after.substring(0, 7));
    }

    @Test
    void theTargetsShowWhatEachRunsSinceWhenAndTheirNewestDeployment() throws Exception {
        var after = git.push("second");
        var done = api.awaitEnd(api.request("web", ""));
        assertEquals(201, api.send("PUT", "/api/v1/targets/gated/lock", "{\"holder\":\"alice\"}").statusCode());

        var targets = ServiceClient.json(api.send("GET", "/api/v1/targets", null).body());
        assertEquals(List.of("broken", "gated", "hang", "hang-too", "many", "slow-a", "slow-b", "web"),
                targets.findValuesAsText("name"));
        var web = targets.get(7);
        assertEquals(after.substring(0, 7), web.get("running").get("hash").asText());
        assertEquals(done.get("finishedAt").asText(), web.get("running").get("since").asText());
        assertEquals(done.get("id").asText(), web.get("last").get("id").asText());
        assertEquals("succeeded", web.get("last").get("status").asText());
        assertTrue(web.get("lock").isNull(), web.toString());
        assertEquals("CLOSED", web.get("agent").asText(), "the breaker of an agent that answers");
        var gated = targets.get(1);
        assertTrue(gated.get("running").isNull() && gated.get("last").isNull(), gated.toString());
        assertEquals("alice", gated.get("lock").get("holder").asText());
    }

    @Test
    void twoRequestsForOneTargetRunOneAfterTheOther() throws Exception {
        var first = api.request("slow-a", "");
        var second = api.request("slow-a", "");
        assertEquals("queued", api.awaitStatus(second, Duration.ofSeconds(5), "queued", "running")
                .get("status").asText());

        var a = api.awaitEnd(first);
        var b = api.awaitEnd(second);
        assertEquals("succeeded", a.get("status").asText());
        assertEquals("succeeded", b.get("status").asText());
        assertFalse(Instant.parse(b.get("startedAt").asText()).isBefore(Instant.parse(a.get("finishedAt").asText())),
                "the second started after the first ended: " + a + " " + b);
    }

    @Test
    void twoTargetsRunInParallel() throws Exception {
        var a = api.request("slow-a", "");
        var b = api.request("slow-b", "");
        var doneA = api.awaitEnd(a);
        var doneB = api.awaitEnd(b);

        assertEquals("succeeded", doneA.get("status").asText());
        assertEquals("succeeded", doneB.get("status").asText());
        var aEnd = Instant.parse(doneA.get("finishedAt").asText());
        var bStart = Instant.parse(doneB.get("startedAt").asText());
        var bEnd = Instant.parse(doneB.get("finishedAt").asText());
        var aStart = Instant.parse(doneA.get("startedAt").asText());
        assertTrue(bStart.isBefore(aEnd) && aStart.isBefore(bEnd), "they overlapped: " + doneA + " " + doneB);
    }

    @Test
    void cancelStopsARunningDeployment() throws Exception {
        var id = api.request("hang", "");
        api.awaitStatus(id, Duration.ofSeconds(20), "running");
        awaitAgentTook(id);

        var cancel = api.send("POST", "/api/v1/deployments/" + id + "/cancel", null);
        assertEquals(202, cancel.statusCode(), cancel.body());
        var done = api.awaitEnd(id);
        assertEquals("cancelled", done.get("status").asText(), done.toString());

        var again = api.send("POST", "/api/v1/deployments/" + id + "/cancel", null);
        assertEquals(409, again.statusCode());
        assertEquals("{\"error\":\"deployment " + id + " is already cancelled\"}", again.body());
        var metrics = MetricsText.scrape(service.port());
        assertEquals(1.0, metrics.value("synckit_deployments_total{outcome=\"cancelled\",target=\"hang\"}"));
        assertEquals(1.0, metrics.value(
                "synckit_agent_call_seconds_count{operation=\"cancel\",outcome=\"ok\",target=\"hang\"}"));
    }

    /** The step runs once the agent has taken the run; its output shows in the log. */
    private void awaitAgentTook(String id) throws Exception {
        api.awaitLog(id, "waiting");
    }


    @Test
    void rollbackReturnsTheHostToThePreviousRevision() throws Exception {
        var first = git.push("v1");
        assertEquals("succeeded", api.awaitEnd(api.request("web", "")).get("status").asText());
        var second = git.push("v2");
        assertEquals("succeeded", api.awaitEnd(api.request("web", "")).get("status").asText());
        assertEquals(second, git.cloneHead());

        var rollback = api.send("POST", "/api/v1/targets/web/rollback", null);
        assertEquals(202, rollback.statusCode(), rollback.body());
        var done = api.awaitEnd(ServiceClient.json(rollback.body()).get("id").asText());

        assertEquals("succeeded", done.get("status").asText(), done.toString());
        assertEquals(first.substring(0, 7), done.get("ref").asText());
        assertEquals(first.substring(0, 7), done.get("toHash").asText());
        assertEquals(first, git.cloneHead(), "the host's clone is back on v1");
    }

    @Test
    void aLockedTargetRefusesWithWhoHoldsItUntilUnlocked() throws Exception {
        var lock = api.send("PUT", "/api/v1/targets/web/lock", "{\"holder\":\"alice\",\"reason\":\"migrating db\"}");
        assertEquals(201, lock.statusCode(), lock.body());

        var refused = api.send("POST", "/api/v1/deployments", "{\"target\":\"web\"}");
        assertEquals(409, refused.statusCode());
        assertEquals("{\"error\":\"target web is locked by alice: migrating db\"}", refused.body());
        assertTrue(api.send("GET", "/api/v1/locks", null).body().contains("\"holder\":\"alice\""));

        assertEquals(200, api.send("DELETE", "/api/v1/targets/web/lock", null).statusCode());
        assertEquals("succeeded", api.awaitEnd(api.request("web", "")).get("status").asText());

        var audit = api.send("GET", "/api/v1/audit?limit=2", null);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().matches("\\[\\{\"at\":\"[^\"]+\",\"actor\":\"api\",\"actorName\":\"api\","
                + "\"action\":\"deploy\\.requested\",\"target\":\"web\".*\\{\"at\":\"[^\"]+\",\"actor\":\"api\","
                + "\"actorName\":\"api\",\"action\":\"lock\\.released\".*"),
                "newest first, the unlock before the deployment: " + audit.body());
        assertEquals(400, api.send("GET", "/api/v1/audit?limit=0", null).statusCode());
    }

    @Test
    void aQueuedDeploymentWaitsWhileItsTargetIsLockedAndRunsWhenReleased() throws Exception {
        var running = api.request("slow-a", "");
        var waiting = api.request("slow-a", "");
        api.awaitStatus(running, Duration.ofSeconds(20), "running");
        assertEquals(201, api.send("PUT", "/api/v1/targets/slow-a/lock", "{\"holder\":\"bob\"}").statusCode());

        assertEquals("succeeded", api.awaitEnd(running).get("status").asText());
        Thread.sleep(1_000); // several rounds of the tracker, which wakes every queue
        assertEquals("queued", api.get(waiting).get("status").asText(), "a locked target starts nothing");

        assertEquals(200, api.send("DELETE", "/api/v1/targets/slow-a/lock", null).statusCode());
        assertEquals("succeeded", api.awaitEnd(waiting).get("status").asText());
    }

    @Test
    void aTargetThatNeedsConfirmationWaitsForIt() throws Exception {
        var waiting = api.request("gated", "");
        assertEquals("awaiting_confirmation", api.get(waiting).get("status").asText());
        var self = api.send("POST", "/api/v1/deployments/" + waiting + "/confirm", null);
        assertEquals(403, self.statusCode(), "the one who asked cannot confirm: " + self.body());

        var confirmedUpFront = api.request("gated", ",\"confirm\":true");
        assertEquals("succeeded", api.awaitEnd(confirmedUpFront).get("status").asText());
        assertEquals("awaiting_confirmation", api.get(waiting).get("status").asText());
    }

    @Test
    void aNewVersionDeploysItsTargetOnceHoweverOftenItIsPosted() throws Exception {
        var event = "{\"package\":\"com.example.web\",\"version\":\"2.0\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(200, TestService.postEvent(service.port(), event).statusCode());
        }
        var list = ServiceClient.json(api.send("GET", "/api/v1/deployments?target=web", null).body());
        assertEquals(1, list.size(), list.toString());
        assertEquals("event:com.example.web@2.0", list.get(0).get("requestedBy").asText());
        assertEquals("succeeded", api.awaitEnd(list.get(0).get("id").asText()).get("status").asText());
    }

    @Test
    void whenTheAgentDiesMidRunTheDeploymentFailsWithAReasonInBoundedTime() throws Exception {
        var id = api.request("hang", "");
        awaitAgentTook(id);
        var breaker = "synckit_agent_breaker_state{target=\"hang\"}";
        assertEquals(0.0, MetricsText.scrape(service.port()).value(breaker), "closed while the agent answers");
        agent.kill();

        var done = api.awaitStatus(id, Duration.ofSeconds(30), "failed");
        assertTrue(done.get("error").asText().contains("agent at " + agent.url() + " unreachable"), done.toString());

        var health = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "an agent down does not make the service down");
        assertTrue(health.body().contains("\"hang\":\"OPEN\""), health.body());
        var metrics = MetricsText.scrape(service.port());
        assertEquals(2.0, metrics.value(breaker), "open once the agent is gone");
        assertTrue(metrics.value("synckit_agent_call_seconds_count{operation=\"status\",outcome=\"unavailable\","
                + "target=\"hang\"}") >= 1, metrics.synckitLines());
    }

    @Test
    void metricsShowOutcomesDurationsTheQueueEventsAndAgentCalls() throws Exception {
        assertEquals("succeeded", api.awaitEnd(api.request("web", "")).get("status").asText());
        assertEquals("failed", api.awaitEnd(api.request("broken", "")).get("status").asText());
        api.request("gated", "");
        var event = "{\"package\":\"com.example.other\",\"version\":\"1.0\"}";
        assertEquals(200, TestService.postEvent(service.port(), event).statusCode());
        assertEquals(200, TestService.postEvent(service.port(), event).statusCode());
        assertEquals(400, TestService.postEvent(service.port(), "{").statusCode());
        assertEquals(413, TestService.postEvent(service.port(), "x".repeat(70_000)).statusCode());
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/events/new-version"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(event)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        var metrics = MetricsText.scrape(service.port());
        assertEquals(1.0, metrics.value("synckit_deployments_total{outcome=\"succeeded\",target=\"web\"}"));
        assertEquals(1.0, metrics.value("synckit_deployments_total{outcome=\"failed\",target=\"broken\"}"));
        assertEquals(0.0, metrics.value("synckit_deployments_total{outcome=\"failed\",target=\"web\"}"));
        assertEquals(1.0, metrics.value(
                "synckit_deployment_duration_seconds_bucket{outcome=\"failed\",target=\"broken\",le=\"3600.0\"}"));
        assertEquals(1.0, metrics.value(
                "synckit_deployment_duration_seconds_count{outcome=\"succeeded\",target=\"web\"}"));
        assertEquals(1.0, metrics.value(
                "synckit_deployments_active{status=\"awaiting_confirmation\",target=\"gated\"}"));
        assertEquals(0.0, metrics.value("synckit_deployments_active{status=\"running\",target=\"web\"}"));
        assertEquals(1.0, metrics.value("synckit_events_total{result=\"handled\"}"));
        assertEquals(1.0, metrics.value("synckit_events_total{result=\"duplicate\"}"));
        assertEquals(1.0, metrics.value("synckit_events_total{result=\"bad_request\"}"));
        assertEquals(1.0, metrics.value("synckit_events_total{result=\"too_large\"}"));
        assertEquals(1.0, metrics.value("synckit_events_total{result=\"unauthorized\"}"));
        assertEquals(1.0, metrics.value(
                "synckit_agent_call_seconds_count{operation=\"start\",outcome=\"ok\",target=\"broken\"}"));
        assertEquals(1.0, metrics.value("synckit_agent_call_seconds_bucket{operation=\"start\",outcome=\"ok\","
                + "target=\"web\",le=\"600.0\"}"));
        assertEquals(0.0, metrics.value("synckit_agent_breaker_state{target=\"web\"}"));
    }

    @Test
    void theFullLogHasEveryLineTheStepPrintedInOrder() throws Exception {
        var id = api.request("many", "");
        assertEquals("succeeded", api.awaitEnd(id).get("status").asText());
        var expected = IntStream.rangeClosed(1, 20000).mapToObj(Integer::toString).toList();

        // the callbacks may land a moment after a poll saw the end
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(expected,
                api.send("GET", "/api/v1/deployments/" + id + "/log", null).body().lines()
                        .filter(line -> line.matches("[0-9]+")).toList()));
    }

    @Test
    void forgedReplayedAndRepeatedCallbacksAreRefusedOrIgnored() throws Exception {
        var id = api.request("hang", "");
        awaitAgentTook(id);
        var runId = agentRunId(id);
        var now = Instant.now().getEpochSecond();
        var body = outputEvent(runId, "forged line");
        var genuine = new CallbackSignature(AgentProcess.SECRET);

        assertEquals(401, callback(id, null, null, body).statusCode());
        assertEquals(401, callback(id, now, new CallbackSignature("not-the-secret").sign(now, bytes(body)), body)
                .statusCode());
        var stale = now - 600;
        var replayed = callback(id, stale, genuine.signFor(id, stale, bytes(body)), body);
        assertEquals(401, replayed.statusCode());
        assertEquals("{\"error\":\"bad or expired signature\"}", replayed.body());

        var first = callback(id, now, genuine.signFor(id, now, bytes(body)), body);
        assertEquals(200, first.statusCode());
        assertEquals("{\"accepted\":true}", first.body());
        var repeat = callback(id, now, genuine.signFor(id, now, bytes(body)), body);
        assertEquals(200, repeat.statusCode());
        assertEquals("{\"accepted\":false}", repeat.body());
        var log = api.send("GET", "/api/v1/deployments/" + id + "/log", null).body();
        assertEquals(1, log.split("forged line", -1).length - 1, "kept once: " + log);

        var other = body.replace(runId, "another-run");
        assertEquals(400, callback(id, now, genuine.signFor(id, now, bytes(other)), other).statusCode());
        var unknown = "00000000-0000-4000-8000-000000000000";
        assertEquals(404, callback(unknown, now, genuine.signFor(unknown, now, bytes(body)), body).statusCode());
    }

    @Test
    void anOlderAgentsUnboundSignatureHoldsOnlyForTheRunTheDeploymentKnows() throws Exception {
        var unbound = new CallbackSignature(AgentProcess.SECRET);
        var id = api.request("hang", "");
        var runId = agentRunId(id);
        var body = outputEvent(runId, "old agent line");
        var now = Instant.now().getEpochSecond();

        assertEquals(200, callback(id, now, unbound.sign(now, bytes(body)), body).statusCode());
        api.awaitLog(id, "old agent line");
        var other = body.replace(runId, "another-run");
        assertEquals(401, callback(id, now, unbound.sign(now, bytes(other)), other).statusCode());
    }

    @Test
    void aCallbackSignedForOneDeploymentIsRefusedForAnotherOfTheSameAgentAndPipeline() throws Exception {
        var x = api.request("hang", "");
        var y = api.request("hang-too", "");
        agentRunId(y);
        var now = Instant.now().getEpochSecond();
        var body = outputEvent(agentRunId(x), "replayed line");
        var genuine = new CallbackSignature(AgentProcess.SECRET);

        var replayed = callback(y, now, genuine.signFor(x, now, bytes(body)), body);
        assertEquals(401, replayed.statusCode());
        assertEquals("{\"error\":\"bad or expired signature\"}", replayed.body());
        assertEquals(401, callback(y, now, genuine.sign(now, bytes(body)), body).statusCode(), "unbound neither");
        assertFalse(api.send("GET", "/api/v1/deployments/" + y + "/log", null).body().contains("replayed line"));
        assertEquals(200, callback(x, now, genuine.signFor(x, now, bytes(body)), body).statusCode(),
                "the same event is good where it was signed for");
    }

    @Test
    void aWatchersEventSignedForOneTargetIsRefusedAtAnotherSharingItsSecret() throws Exception {
        var now = Instant.now().getEpochSecond();
        var body = ("{\"deploymentId\":\"watched-run-1\",\"sequence\":1,\"type\":\"started\",\"pipeline\":\"slow-a\","
                + "\"status\":\"running\"}");
        var genuine = new CallbackSignature(AgentProcess.SECRET);
        var bound = genuine.signFor("slow-a", now, bytes(body));

        assertEquals(401, agentEvent("slow-b", now, bound, body).statusCode());
        assertEquals(401, agentEvent("slow-b", now, genuine.sign(now, bytes(body)), body).statusCode(),
                "an unbound signature naming another pipeline neither");
        var misnamed = agentEvent("slow-b", now, genuine.signFor("slow-b", now, bytes(body)), body);
        assertEquals(400, misnamed.statusCode(), "signed for slow-b, but of slow-a's pipeline");
        assertEquals("[]", api.send("GET", "/api/v1/deployments?target=slow-b", null).body(), "nothing stored");

        assertEquals(200, agentEvent("slow-a", now, bound, body).statusCode());
        assertEquals(1, ServiceClient.json(api.send("GET", "/api/v1/deployments?target=slow-a", null).body()).size());
    }

    private java.net.http.HttpResponse<String> agentEvent(String target, long timestamp, String signature,
            String body) throws Exception {
        return post("/api/v1/agent-events/" + target, timestamp, signature, body);
    }

    /** A step-output event of the pipeline {@code hang} as the agent's run {@code runId} would send it. */
    private static String outputEvent(String runId, String line) {
        return ("{\"deploymentId\":\"%s\",\"sequence\":1000,\"type\":\"step-output\",\"pipeline\":\"hang\","
                + "\"output\":\"%s\\n\"}").formatted(runId, line);
    }

    private String agentRunId(String id) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var runs = service.deployments().find(dev.synckit.core.deployment.DeploymentId.parse(id))
                    .flatMap(dev.synckit.core.deployment.Deployment::agentRunId);
            if (runs.isPresent()) {
                return runs.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the agent's run id of " + id + " was never recorded");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private java.net.http.HttpResponse<String> callback(String id, Long timestamp, String signature, String body)
            throws Exception {
        return post("/api/v1/agent-callbacks/" + id, timestamp, signature, body);
    }

    private java.net.http.HttpResponse<String> post(String path, Long timestamp, String signature, String body)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(CallbackSignature.SIGNATURE_HEADER, signature);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiAnswersClearErrors() throws Exception {
        assertEquals(404, api.send("POST", "/api/v1/deployments", "{\"target\":\"nope\"}").statusCode());
        assertEquals("{\"error\":\"no target named nope\"}",
                api.send("POST", "/api/v1/deployments", "{\"target\":\"nope\"}").body());
        assertEquals(400, api.send("POST", "/api/v1/deployments", "{\"target\":1}").statusCode());
        assertEquals(400, api.send("POST", "/api/v1/deployments", "[").statusCode());
        assertEquals(404, api.send("GET", "/api/v1/deployments/not-an-id", null).statusCode());
        assertEquals(404, api.send("GET", "/api/v1/deployments/00000000-0000-0000-0000-000000000000", null)
                .statusCode());
        assertEquals(400, api.send("GET", "/api/v1/deployments?limit=0", null).statusCode());
        assertEquals(400, api.send("GET", "/api/v1/deployments?limit=x", null).statusCode());
        assertEquals(409, api.send("POST", "/api/v1/targets/web/rollback", null).statusCode());

        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/api/v1/deployments")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertEquals("{\"error\":\"unauthorized\"}", anonymous.body());
    }
}
