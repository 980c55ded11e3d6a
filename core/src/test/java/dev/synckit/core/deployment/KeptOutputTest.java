package dev.synckit.core.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service keeps whole lines up to its cap per deployment, and the log says exactly what it lacks. */
class KeptOutputTest {

    @Test
    void outputUnderTheCapIsKeptWhole() {
        assertEquals(KeptOutput.whole("one\ntwo"), KeptOutput.within(90, "one\ntwo", 100));
    }

    @Test
    void outputAcrossTheCapKeepsTheWholeLinesThatFitAndCountsTheRest() {
        // room for 10 characters: "one\ntwo\n" fits, "three" would be cut and is not kept at all
        assertEquals(new KeptOutput("one\ntwo\n", 2, 10), KeptOutput.within(90, "one\ntwo\nthree\nfour", 100));
    }

    @Test
    void outputPastAFullCapIsOnlyCounted() {
        assertEquals(new KeptOutput("", 5, 9), KeptOutput.within(100, "a\nb\nc\nd\ne", 100));
        assertEquals(new KeptOutput("", 1, 4), KeptOutput.within(120, "long", 100));
    }

    @Test
    void theLogEndsWithWhatWasNotKeptAndWhereTheWholeLogIs() {
        var store = mock(DeploymentStore.class);
        var deployment = Deployment.queued("web", "alice", "", Optional.empty(), Instant.EPOCH).withAgentRun("run-7");
        when(store.find(deployment.id())).thenReturn(Optional.of(deployment));
        when(store.output(deployment.id())).thenReturn(List.of(KeptOutput.whole("1\n2"),
                new KeptOutput("3\n", 2, 3), new KeptOutput("", 1, 1)));
        var service = new DeploymentService(Map.of(), store, null, null, null, null, null, null);

        assertEquals("1\n2\n3\n(3 more lines, 4 characters, were not kept: the service keeps 10485760 characters"
                + " of log per deployment. The agent's log of this deployment (run run-7) is whole:"
                + " GET /v1/deployments/{id}/log on the agent.)\n", service.log(deployment.id()));
    }
}
