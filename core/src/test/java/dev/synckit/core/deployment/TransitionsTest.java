package dev.synckit.core.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The state machine is enforced where deployments change, and the compare-and-set is on the version. */
class TransitionsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final DeploymentStore store = mock(DeploymentStore.class);
    private final Transitions transitions = new Transitions(store);
    private final ArrayList<Deployment> announced = new ArrayList<>();

    TransitionsTest() {
        transitions.listen(announced::add);
    }

    private Deployment stored(DeploymentStatus status, long version) {
        var deployment = Deployment.queued("web", "alice", "because", Optional.empty(), NOW).withStatus(status);
        when(store.findStored(deployment.id())).thenReturn(Optional.of(new StoredDeployment(deployment, version)));
        return deployment;
    }

    @Test
    void aMoveTheStateMachineForbidsIsRefusedAndNothingIsWritten() {
        var running = stored(DeploymentStatus.RUNNING, 3);

        var result = transitions.change(running.id(), current -> Optional.of(current.withStatus(DeploymentStatus.QUEUED)));

        assertEquals(Optional.empty(), result);
        verify(store, never()).update(any(), any());
        assertEquals(0, announced.size());
    }

    @Test
    void anEndedDeploymentNeverChangesAgainNotEvenWithinItsStatus() {
        var failed = stored(DeploymentStatus.FAILED, 7);

        var result = transitions.change(failed.id(), current -> Optional.of(current.withAgentRun("run-9")));

        assertEquals(Optional.empty(), result);
        verify(store, never()).update(any(), any());
    }

    @Test
    void anAllowedMoveIsComparedAgainstTheVersionItWasReadAt() {
        var running = stored(DeploymentStatus.RUNNING, 4);
        var succeeded = running.ended(DeploymentStatus.SUCCEEDED, Optional.empty(), NOW.plusSeconds(5));
        when(store.update(new StoredDeployment(running, 4), succeeded)).thenReturn(true);

        var result = transitions.change(running.id(), current -> Optional.of(succeeded));

        assertEquals(Optional.of(succeeded), result);
        assertEquals(java.util.List.of(succeeded), announced);
    }

    @Test
    void aChangeWithinARunningDeploymentIsAllowed() {
        var running = stored(DeploymentStatus.RUNNING, 1);
        var named = running.withAgentRun("run-1");
        when(store.update(new StoredDeployment(running, 1), named)).thenReturn(true);

        assertEquals(Optional.of(named), transitions.change(running.id(), current -> Optional.of(named)));
    }
}
