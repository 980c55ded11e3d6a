package dev.synckit.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.GitFixture;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The /v1 asynchronous protocol over real HTTP, real git and real processes. */
@Timeout(60)
class DeploymentsApiTest {

    @TempDir
    Path tmp;

    private String yaml(GitFixture git, String... extraSteps) {
        var steps = new StringBuilder("  - git-pull\n");
        for (String step : extraSteps) {
            steps.append("  - ").append(step).append('\n');
        }
        return "name: ledger\nrepo: " + git.clone() + "\nsteps:\n" + steps;
    }

    @Test
    void startAnswers202AndTheStateEndsSucceededWithStepsAndLog() throws Exception {
        var git = new GitFixture(tmp);
        String after = git.push("second");
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo hello from step' }"), tmp.resolve("data"))) {
            var response = agent.api("POST", "/v1/deployments", "{}");
            assertEquals(202, response.statusCode());
            var queued = WireJson.mapper().readValue(response.body(), DeploymentState.class);
            assertEquals("/v1/deployments/" + queued.id(), response.headers().firstValue("Location").orElseThrow());
            var done = agent.awaitFinal(queued.id());
            assertEquals(DeploymentStatus.SUCCEEDED, done.status());
            assertEquals(after.substring(0, 7), done.toHash());
            assertEquals(2, done.steps().size());
            assertEquals(StepStatus.SUCCEEDED, done.steps().get(1).status());
            assertEquals("hello from step", done.steps().get(1).tail());
            var log = agent.api("GET", "/v1/deployments/" + queued.id() + "/log", null);
            assertEquals(200, log.statusCode());
            assertTrue(log.body().contains("== step 2/2: shell: echo hello from step\nhello from step\n"), log.body());
        }
    }

    @Test
    void cancelKillsTheRunningStepsProcessTree() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        Path pidFile = tmp.resolve("child.pid");
        var step = "shell: { run: 'sleep 300 & echo $! > " + pidFile + "; wait' }";
        try (var agent = new AgentFixture(yaml(git, step), tmp.resolve("data"))) {
            String id = agent.start("{}");
            while (!Files.exists(pidFile) || Files.readString(pidFile).isBlank()) {
                Thread.sleep(20);
            }
            long child = Long.parseLong(Files.readString(pidFile).strip());
            assertTrue(ProcessHandle.of(child).isPresent());
            var cancel = agent.api("POST", "/v1/deployments/" + id + "/cancel", null);
            assertEquals(202, cancel.statusCode());
            var done = agent.awaitFinal(id);
            assertEquals(DeploymentStatus.CANCELLED, done.status());
            assertEquals(StepStatus.CANCELLED, done.steps().get(1).status());
            assertEquals("cancelled during step 2 (" + done.steps().get(1).name() + ")", done.error());
            assertTrue(ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true), "the sleep child is gone");
            assertEquals(409, agent.api("POST", "/v1/deployments/" + id + "/cancel", null).statusCode());
        }
    }

    @Test
    void requestsForABusyPipelineQueueAndRunOneAfterTheOther() throws Exception {
        var git = new GitFixture(tmp);
        Path trace = tmp.resolve("trace");
        var step = "shell: { run: 'echo start $SYNCKIT_DEPLOYMENT_ID >> " + trace + "; sleep 0.5; echo end "
                + "$SYNCKIT_DEPLOYMENT_ID >> " + trace + "', always: true }";
        try (var agent = new AgentFixture(yaml(git, step), tmp.resolve("data"))) {
            String first = agent.start("{}");
            String second = agent.start("{}");
            assertEquals(DeploymentStatus.QUEUED, agent.state(second).status());
            assertEquals(DeploymentStatus.SUCCEEDED, agent.awaitFinal(first).status());
            assertEquals(DeploymentStatus.SUCCEEDED, agent.awaitFinal(second).status());
            assertEquals(String.join("\n", "start " + first, "end " + first, "start " + second, "end " + second)
                    + "\n", Files.readString(trace));
        }
    }

    @Test
    void aRefRollsBackAndTheNextPlainDeployReturnsToTheBranch() throws Exception {
        var git = new GitFixture(tmp);
        String first = git.cloneHead();
        String second = git.push("second");
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            assertEquals(second.substring(0, 7), agent.awaitFinal(agent.start("{}")).toHash());
            var rollback = agent.awaitFinal(agent.start("{\"ref\":\"" + first.substring(0, 10) + "\"}"));
            assertEquals(DeploymentStatus.SUCCEEDED, rollback.status());
            assertEquals(second.substring(0, 7), rollback.fromHash());
            assertEquals(first.substring(0, 7), rollback.toHash());
            assertEquals(first, git.cloneHead());
            var forward = agent.awaitFinal(agent.start("{}"));
            assertEquals(second, git.cloneHead());
            assertFalse(forward.alreadyUpToDate());
            var unknown = agent.awaitFinal(agent.start("{\"ref\":\"no-such-branch\"}"));
            assertEquals(DeploymentStatus.FAILED, unknown.status());
            assertEquals("step 1 (git-pull) failed: unknown ref \"no-such-branch\"", unknown.error());
        }
    }

    @Test
    void aRepeatedRequestIdAnswersTheFirstDeployment() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            String first = agent.start("{\"requestId\":\"click-42\"}");
            String again = agent.start("{\"requestId\":\"click-42\"}");
            assertEquals(first, again);
            String other = agent.start("{\"requestId\":\"click-43\"}");
            assertNotEquals(first, other);
            agent.awaitFinal(first);
            agent.awaitFinal(other);
        }
    }

    @Test
    void theOutcomeIsKeptAcrossARestart() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        String id;
        DeploymentState before;
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo kept' }"), tmp.resolve("data"))) {
            id = agent.start("{\"requestId\":\"r-1\"}");
            before = agent.awaitFinal(id);
        }
        try (var restarted = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            assertEquals(before, restarted.state(id));
            assertTrue(restarted.api("GET", "/v1/deployments/" + id + "/log", null).body().contains("kept\n"));
            assertEquals(id, restarted.start("{\"requestId\":\"r-1\"}"));
        }
    }

    @Test
    void errorsAreJsonWithTheRightStatus() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            var unauthorized = agent.send("GET", "/v1/deployments/x", AgentFixture.SECRET, null);
            assertEquals(401, unauthorized.statusCode());
            assertEquals("{\"error\":\"unauthorized\"}", unauthorized.body());
            assertEquals("{\"error\":\"unknown deployment\"}", agent.api("GET", "/v1/deployments/nope", null).body());
            var badBody = agent.api("POST", "/v1/deployments", "[1]");
            assertEquals(400, badBody.statusCode());
            var unknownPipeline = agent.api("POST", "/v1/deployments", "{\"pipeline\":\"other\"}");
            assertEquals(404, unknownPipeline.statusCode());
            assertEquals("{\"error\":\"unknown pipeline \\\"other\\\"\"}", unknownPipeline.body());
            var badCallback = agent.api("POST", "/v1/deployments", "{\"callbackUrl\":\"file:///etc/passwd\"}");
            assertEquals(400, badCallback.statusCode());
            var wrongMethod = agent.api("DELETE", "/v1/deployments", null);
            assertEquals(405, wrongMethod.statusCode());
            assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Test
    void nullWrongTypesAndEmptyBodiesAre400WithAJsonError() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            for (String body : new String[] {"null", "", " ", "[]", "\"ledger\"", "42", "true",
                    "{\"pipeline\":7}", "{\"ref\":true}", "{\"callbackUrl\":[]}", "{\"requestId\":{}}",
                    "{\"ref\":null} {}"}) {
                var response = agent.api("POST", "/v1/deployments", body);
                assertEquals(400, response.statusCode(), "for body <" + body + ">");
                assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
                var error = WireJson.mapper().readTree(response.body());
                assertTrue(error.path("error").isTextual() && error.size() == 1, response.body());
            }
            assertEquals("{\"error\":\"body must be a JSON object ({} for the defaults)\"}",
                    agent.api("POST", "/v1/deployments", "null").body());
            assertEquals(DeploymentStatus.SUCCEEDED, agent.awaitFinal(agent.start("{}")).status(),
                    "the agent still serves after them");
        }
    }
}
