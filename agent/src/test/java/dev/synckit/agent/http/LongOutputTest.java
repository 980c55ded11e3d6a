package dev.synckit.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.CallbackReceiver;
import dev.synckit.agent.EngineWitness;
import dev.synckit.agent.GitFixture;
import dev.synckit.contract.DeployResponse;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.CallbackEventType;
import dev.synckit.contract.agent.DeploymentStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long lines through the whole agent over real HTTP: a secret printed across the cut of a long line is hidden in
 * everything that leaves the agent, and a 400 KB line reaches the log whole, with the line after it.
 */
@Timeout(120)
class LongOutputTest {

    private static final String TOKEN = "tok-0123456789abcdef";

    @TempDir
    Path tmp;

    /** A pipeline over a repository with a new commit: git-pull, then the given shell step. */
    private String pipeline(String shellStep) throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        return "name: ledger\nrepo: " + git.clone() + "\nsteps:\n  - git-pull\n  - shell: " + shellStep + "\n";
    }

    /** Every place the secret could show up, with the line breaks taken out so that two halves would meet. */
    private static void assertHidden(String where, String text) {
        String joined = text.replace("\n", "");
        assertFalse(joined.contains(TOKEN), where + " holds the token");
        assertFalse(joined.contains(AgentFixture.SECRET), where + " holds the agent secret");
    }

    @Test
    void aSecretAtEveryOffsetAroundTheCutIsHiddenInTheLogTailCallbacksAndTheLegacyAnswer() throws Exception {
        String yaml = pipeline("{ always: true, run: 'for k in $(seq 8160 8200); do"
                + " head -c $k /dev/zero | tr \"\\\\0\" x; echo \"$MY_TOKEN\";"
                + " head -c $k /dev/zero | tr \"\\\\0\" y; echo \"$DEPLOY_AGENT_SECRET\"; done; exit 1' }");
        try (var receiver = new CallbackReceiver(AgentFixture.SECRET, 0);
             var agent = new AgentFixture(yaml, tmp.resolve("data"), Map.of("MY_TOKEN", TOKEN),
                     EngineWitness.none())) {
            String id = agent.start("{\"callbackUrl\":\"" + receiver.url() + "\"}");
            var state = agent.awaitFinal(id);
            assertEquals(DeploymentStatus.FAILED, state.status());

            String log = agent.api("GET", "/v1/deployments/" + id + "/log", null).body();
            assertHidden("the full log", log);
            assertEquals(41 * 2, log.replace("\n", "").split("\\*\\*\\*", -1).length - 1,
                    "each secret masked once, none lost");
            assertHidden("the step's tail", state.steps().get(1).tail());
            assertHidden("the callbacks", receiver.awaitFinished(id).stream()
                    .filter(r -> r.event().type() == CallbackEventType.STEP_OUTPUT)
                    .map(r -> r.event().output()).collect(Collectors.joining()));

            var legacy = agent.deploy();
            var answer = WireJson.mapper().readValue(legacy.body(), DeployResponse.class);
            assertFalse(answer.ok());
            assertTrue(answer.tail().endsWith("***"), answer.tail());
            assertHidden("the legacy answer", legacy.body());
        }
    }

    @Test
    void aFourHundredKilobyteLineReachesTheLogWholeWithTheLineAfterIt() throws Exception {
        String yaml = pipeline("{ run: 'head -c 400000 /dev/zero | tr \"\\\\0\" x; echo; echo after' }");
        try (var agent = new AgentFixture(yaml, tmp.resolve("data"))) {
            String id = agent.start("{}");
            assertEquals(DeploymentStatus.SUCCEEDED, agent.awaitFinal(id).status());
            String log = agent.api("GET", "/v1/deployments/" + id + "/log", null).body();
            long xs = log.lines().filter(line -> line.matches("x+")).mapToInt(String::length).sum();
            assertEquals(400_000, xs, "every character of the long line");
            assertTrue(log.contains("x\nafter\n"), "the line after it");
        }
    }
}
