package dev.synckit.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.CallbackReceiver;
import dev.synckit.agent.GitFixture;
import dev.synckit.contract.agent.CallbackEventType;
import dev.synckit.contract.agent.DeploymentStatus;
import dev.synckit.contract.agent.SignatureVerifier;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Progress callbacks reach a real HTTP receiver signed, in order, retried until acknowledged. */
@Timeout(60)
class CallbackTest {

    @TempDir
    Path tmp;

    @Test
    void eventsAreSignedNumberedInOrderAndRetriedUntilAcknowledged() throws Exception {
        var git = new GitFixture(tmp);
        git.push("second");
        String yaml = "name: ledger\nrepo: " + git.clone() + "\nsteps:\n  - git-pull\n"
                + "  - shell: { run: 'for i in $(seq 1 200); do echo line $i; done' }\n";
        try (var receiver = new CallbackReceiver(AgentFixture.SECRET, 3);
             var agent = new AgentFixture(yaml, tmp.resolve("data"))) {
            String id = agent.start("{\"callbackUrl\":\"" + receiver.url() + "\"}");
            var events = receiver.awaitFinished(id);

            assertTrue(events.stream().allMatch(r -> r.verdict() == SignatureVerifier.Verdict.VALID));
            assertEquals(LongStream.rangeClosed(1, events.size()).boxed().toList(),
                    events.stream().map(r -> r.event().sequence()).toList(), "1, 2, 3… without gaps");
            assertTrue(receiver.attempts() >= events.size() + 3, "the three refused posts were retried");
            var types = events.stream().map(r -> r.event().type()).toList();
            assertEquals(CallbackEventType.STARTED, types.getFirst());
            assertEquals(CallbackEventType.FINISHED, types.getLast());
            assertEquals(List.of(CallbackEventType.STEP_STARTED, CallbackEventType.STEP_STARTED),
                    types.stream().filter(t -> t == CallbackEventType.STEP_STARTED).toList());
            var outputs = events.stream().filter(r -> r.event().type() == CallbackEventType.STEP_OUTPUT).toList();
            assertTrue(outputs.size() < 20, "200 lines coalesced into a few events, not " + outputs.size());
            var sent = outputs.stream().filter(r -> r.event().stepIndex() == 1)
                    .map(r -> r.event().output()).collect(Collectors.joining("\n"));
            assertEquals(IntStream.rangeClosed(1, 200).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")),
                    sent, "every line, not the tail of each batch");
            var finished = events.getLast().event();
            assertEquals("succeeded", finished.status());
            assertEquals(DeploymentStatus.SUCCEEDED, finished.deployment().status());
            assertEquals(agent.state(id), finished.deployment());
        }
    }

    @Test
    void aTamperedBodyFailsTheVerifierTheServiceUses() throws Exception {
        var verifier = new SignatureVerifier(AgentFixture.SECRET);
        var signature = new dev.synckit.contract.agent.CallbackSignature(AgentFixture.SECRET);
        long now = System.currentTimeMillis() / 1000;
        byte[] body = "{\"deploymentId\":\"d\",\"sequence\":1}".getBytes();
        String header = signature.sign(now, body);
        assertEquals(SignatureVerifier.Verdict.VALID, verifier.verify(Long.toString(now), header, body));
        body[5] = 'X';
        assertEquals(SignatureVerifier.Verdict.BAD_SIGNATURE, verifier.verify(Long.toString(now), header, body));
    }
}
