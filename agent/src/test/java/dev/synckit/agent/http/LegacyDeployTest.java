package dev.synckit.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.GitFixture;
import dev.synckit.contract.DeployResponse;
import dev.synckit.contract.WireJson;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** synckit's {@code POST /deploy} over real HTTP against real git repositories and processes. */
@Timeout(60)
class LegacyDeployTest {

    @TempDir
    Path tmp;

    private String yaml(GitFixture git, String... extraSteps) {
        var steps = new StringBuilder("  - git-pull\n");
        for (String step : extraSteps) {
            steps.append("  - ").append(step).append('\n');
        }
        return "name: ledger\nrepo: " + git.clone() + "\nrepo_url: https://github.com/acme/ledger.git\nsteps:\n"
                + steps;
    }

    private static DeployResponse parse(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().endsWith("}\n"), "Go's json.Encoder ends with a newline");
        return WireJson.mapper().readValue(response.body(), DeployResponse.class);
    }

    @Test
    void upToDateAnswersOkWithTheSameHashes() throws Exception {
        var git = new GitFixture(tmp);
        String head = git.cloneHead().substring(0, 7);
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo never' }"), tmp.resolve("data"))) {
            var response = parse(agent.deploy());
            assertTrue(response.ok());
            assertTrue(response.alreadyUpToDate());
            assertEquals(head, response.fromHash());
            assertEquals(head, response.toHash());
            assertFalse(response.tail().contains("never"), "steps after up-to-date are skipped");
        }
    }

    @Test
    void newCommitAnswersBothHashesAndCommitLinks() throws Exception {
        var git = new GitFixture(tmp);
        String before = git.cloneHead();
        String after = git.push("second");
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo deployed' }"), tmp.resolve("data"))) {
            var response = parse(agent.deploy());
            assertEquals(new DeployResponse(true, false, response.tail(), before.substring(0, 7),
                    after.substring(0, 7), "https://github.com/acme/ledger/commit/" + before,
                    "https://github.com/acme/ledger/commit/" + after), response);
            assertTrue(response.tail().endsWith("deployed"));
            assertEquals(after, git.cloneHead());
        }
    }

    @Test
    void failingShellStepIsOkFalseWithItsOutputInTheTail() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        var step = "shell: { run: 'echo building; echo broken >&2; exit 3' }";
        try (var agent = new AgentFixture(yaml(git, step, "shell: { run: 'echo unreachable' }"), tmp.resolve("d"))) {
            var response = parse(agent.deploy());
            assertFalse(response.ok());
            assertTrue(response.tail().endsWith("building\nbroken\nstep failed: exit code 3"), response.tail());
            assertFalse(response.tail().contains("unreachable"));
        }
    }

    @Test
    void secondDeployWhileOneRunsIsRefusedByteForByte() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        var marker = tmp.resolve("started");
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'touch " + marker + "; sleep 2' }"),
                tmp.resolve("data"))) {
            var first = CompletableFuture.supplyAsync(() -> {
                try {
                    return agent.deploy();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (!marker.toFile().exists()) {
                Thread.sleep(20);
            }
            var second = agent.deploy();
            assertEquals(409, second.statusCode());
            assertEquals("deploy already in progress\n", second.body());
            assertEquals("text/plain; charset=utf-8", second.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", second.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertTrue(parse(first.get()).ok());
        }
    }

    @Test
    void refusesMissingWrongAndSchemeLessTokens() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            for (String authorization : new String[] {null, "Bearer wrong", AgentFixture.SECRET,
                    "bearer " + AgentFixture.SECRET, "Bearer " + AgentFixture.SECRET + "x"}) {
                var response = agent.send("POST", "/deploy", authorization, null);
                assertEquals(401, response.statusCode(), "for " + authorization);
                assertEquals("unauthorized\n", response.body());
                assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            }
        }
    }

    @Test
    void otherMethodsGetGosMethodNotAllowed() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            for (String method : new String[] {"GET", "PUT", "DELETE"}) {
                var response = agent.send(method, "/deploy", "Bearer " + AgentFixture.SECRET, null);
                assertEquals(405, response.statusCode());
                assertEquals("Method Not Allowed\n", response.body());
                assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            }
            var unknown = agent.send("GET", "/nothing", null, null);
            assertEquals(404, unknown.statusCode());
            assertEquals("404 page not found\n", unknown.body());
        }
    }

    @Test
    void unknownPipelineIs404() throws Exception {
        var git = new GitFixture(tmp);
        try (var agent = new AgentFixture(yaml(git), tmp.resolve("data"))) {
            var response = agent.send("POST", "/deploy?pipeline=other", "Bearer " + AgentFixture.SECRET, null);
            assertEquals(404, response.statusCode());
            assertEquals("unknown pipeline\n", response.body());
            assertTrue(parse(agent.send("POST", "/deploy?pipeline=ledger", "Bearer " + AgentFixture.SECRET, null))
                    .ok());
        }
    }

    @Test
    void secretsAndUrlCredentialsAreMaskedInTheTail() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        var step = "shell: { run: 'echo \"$DEPLOY_AGENT_SECRET\"; echo \"$REGISTRY_TOKEN\";"
                + " echo https://bob:hunter22@git.example.com/x.git; echo short=$SHORT_TOKEN' }";
        try (var agent = new AgentFixture(yaml(git, step), tmp.resolve("data"),
                Map.of("REGISTRY_TOKEN", "tok-123456", "SHORT_TOKEN", "abc"),
                dev.synckit.agent.EngineWitness.none())) {
            var response = parse(agent.deploy());
            assertTrue(response.tail().endsWith("***\n***\nhttps://***@git.example.com/x.git\nshort=abc"),
                    response.tail());
            assertFalse(response.tail().contains(AgentFixture.SECRET));
        }
    }

    @Test
    void htmlCharactersAreEscapedTheWayGoDoes() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo \"a<b>&c\"' }"), tmp.resolve("data"))) {
            var response = agent.deploy();
            assertTrue(response.body().contains("a\\u003cb\\u003e\\u0026c"), response.body());
            assertTrue(parse(response).tail().endsWith("a<b>&c"));
        }
    }
}
