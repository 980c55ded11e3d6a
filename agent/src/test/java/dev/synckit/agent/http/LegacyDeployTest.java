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

    private static final String REPO_URL = "https://github.com/acme/ledger";

    private String yaml(GitFixture git, String... extraSteps) {
        return bareYaml(git, extraSteps).replace("\nsteps:", "\nrepo_url: " + REPO_URL + ".git\nsteps:");
    }

    /** A pipeline without repo_url, so the answer has no commit links. */
    private String bareYaml(GitFixture git, String... extraSteps) {
        var steps = new StringBuilder("  - git-pull\n");
        for (String step : extraSteps) {
            steps.append("  - ").append(step).append('\n');
        }
        return "name: ledger\nrepo: " + git.clone() + "\nsteps:\n" + steps;
    }

    /** The exact bytes the original answers, given the hashes. */
    private static String golden(String okAndTail, String before, String after) {
        return "{" + okAndTail + ",\"fromHash\":\"" + before.substring(0, 7) + "\",\"toHash\":\"" + after.substring(0, 7)
                + "\",\"fromUrl\":\"" + REPO_URL + "/commit/" + before + "\",\"toUrl\":\"" + REPO_URL + "/commit/" + after
                + "\"}\n";
    }

    private static DeployResponse parse(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().endsWith("}\n"), "Go's json.Encoder ends with a newline");
        return WireJson.mapper().readValue(response.body(), DeployResponse.class);
    }

    @Test
    void upToDateIsTheGoldenAnswerWithoutATail() throws Exception {
        var git = new GitFixture(tmp);
        String head = git.cloneHead().substring(0, 7);
        Path marker = tmp.resolve("never");
        try (var agent = new AgentFixture(bareYaml(git, "shell: { run: 'touch " + marker + "' }"),
                tmp.resolve("data"))) {
            var response = agent.deploy();
            parse(response);
            assertEquals("{\"ok\":true,\"alreadyUpToDate\":true,\"fromHash\":\"" + head + "\",\"toHash\":\"" + head
                    + "\"}\n", response.body());
            assertFalse(marker.toFile().exists(), "steps after up-to-date are skipped");
        }
    }

    @Test
    void newCommitAnswersBothHashesAndCommitLinksAndNoTail() throws Exception {
        var git = new GitFixture(tmp);
        String before = git.cloneHead();
        String after = git.push("second");
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo deployed' }"), tmp.resolve("data"))) {
            var response = agent.deploy();
            parse(response);
            assertEquals(golden("\"ok\":true", before, after), response.body());
            assertEquals(after, git.cloneHead());
        }
    }

    @Test
    void aFailureTailIsTheFailingStepsOwnOutputOnly() throws Exception {
        var git = new GitFixture(tmp);
        String before = git.cloneHead();
        String after = git.push("second");
        var earlier = "shell: { run: 'echo earlier step' }";
        var failing = "shell: { run: 'for i in $(seq 1 25); do echo out $i; done; echo broken >&2; exit 3' }";
        try (var agent = new AgentFixture(yaml(git, earlier, failing, "shell: { run: 'echo unreachable' }"),
                tmp.resolve("d"))) {
            var response = agent.deploy();
            parse(response);
            var lastTwenty = new StringBuilder();
            for (int i = 7; i <= 25; i++) {
                lastTwenty.append("out ").append(i).append("\\n");
            }
            assertEquals(golden("\"ok\":false,\"tail\":\"" + lastTwenty + "broken\"", before, after), response.body());
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
            for (String path : new String[] {"/nothing", "//x/deploy", "/deploy/", "/Deploy"}) {
                var unknown = agent.send("POST", path, "Bearer " + AgentFixture.SECRET, null);
                assertEquals(404, unknown.statusCode(), path);
                assertEquals("404 page not found\n", unknown.body(), path);
                assertEquals("text/plain; charset=utf-8", unknown.headers().firstValue("Content-Type").orElseThrow());
                assertEquals("nosniff", unknown.headers().firstValue("X-Content-Type-Options").orElseThrow());
            }
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
                + " echo https://bob:hunter22@git.example.com/x.git; echo short=$SHORT_TOKEN; exit 1' }";
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
        try (var agent = new AgentFixture(yaml(git, "shell: { run: 'echo \"a<b>&c\"; exit 1' }"), tmp.resolve("data"))) {
            var response = agent.deploy();
            assertTrue(response.body().contains("a\\u003cb\\u003e\\u0026c"), response.body());
            assertTrue(parse(response).tail().endsWith("a<b>&c"));
        }
    }
}
