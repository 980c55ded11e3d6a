package dev.synckit.core.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    @Test
    void anEmptyLogOlderThanTheLogRetentionSaysWhyAndAYoungerOneStaysEmpty() {
        var store = mock(DeploymentStore.class);
        var now = Instant.parse("2026-12-02T12:00:00Z");
        var old = finished(store, now.minus(Duration.ofDays(91)));
        var young = finished(store, now.minus(Duration.ofDays(89)));
        var clock = Clock.fixed(now, ZoneOffset.UTC);

        var keeping = new DeploymentService(Map.of(), store, null, null, null, null, null, clock, Duration.ofDays(90));
        assertEquals("(No log is kept of deployments that finished more than 90 days ago (retention.logs); this one's"
                + " steps and outcome remain. The agent keeps its own copy for as long as its retention says.)\n",
                keeping.log(old.id()));
        assertEquals("", keeping.log(young.id()));
        assertEquals("", new DeploymentService(Map.of(), store, null, null, null, null, null, clock, Duration.ZERO)
                .log(old.id()), "0 keeps logs for ever: an empty log is just empty");
        assertTrue(new DeploymentService(Map.of(), store, null, null, null, null, null, clock, Duration.ofHours(36))
                .log(old.id()).contains("more than 36 hours ago"));
    }

    private static Deployment finished(DeploymentStore store, Instant at) {
        var queued = Deployment.queued("web", "alice", "", Optional.empty(), at.minusSeconds(60));
        var done = new Deployment(queued.id(), "web", DeploymentStatus.FAILED, "alice", "", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("build failed"), List.of(), queued.createdAt(),
                Optional.of(at.minusSeconds(30)), Optional.of(at), Optional.empty());
        when(store.find(done.id())).thenReturn(Optional.of(done));
        when(store.output(done.id())).thenReturn(List.of());
        return done;
    }
}
