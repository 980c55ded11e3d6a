package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.Transitions;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Core's Transitions over a real store: what the version counter buys against concurrent changes. */
abstract class TransitionsContract extends StoreFixture {

    @Test
    void aChangeThatLosesTheRaceRunsAgainOnTheFreshRowInsteadOfOverwritingIt() {
        var transitions = new Transitions(store.deployments());
        store.deployments().insert(Deployment.queued("web", "alice", "because", Optional.empty(), T0));
        var running = store.deployments().claimNext("web", at(1)).orElseThrow();
        var attempts = new int[1];

        // while the first attempt computes, another change of the same status lands: its snapshot is now stale
        var result = transitions.change(running.id(), current -> {
            if (attempts[0]++ == 0) {
                transitions.change(running.id(), inner -> Optional.of(inner.withAgentRun("run-7")));
            }
            return Optional.of(current.ended(DeploymentStatus.SUCCEEDED, Optional.empty(), millis(at(9))));
        });

        assertEquals(2, attempts[0]);
        var stored = store.deployments().find(running.id()).orElseThrow();
        assertEquals(Optional.of(stored), result);
        assertEquals(DeploymentStatus.SUCCEEDED, stored.status());
        assertEquals(Optional.of("run-7"), stored.agentRunId());
    }

    @Test
    void anIllegalMoveLeavesTheRowAsItWas() {
        var transitions = new Transitions(store.deployments());
        var queued = Deployment.queued("web", "alice", "because", Optional.empty(), T0);
        store.deployments().insert(queued);
        var cancelled = transitions.change(queued.id(),
                current -> Optional.of(current.ended(DeploymentStatus.CANCELLED, Optional.of("no"), millis(at(1)))))
                .orElseThrow();

        var revived = transitions.change(queued.id(), current -> Optional.of(current.withStatus(DeploymentStatus.RUNNING)));

        assertEquals(Optional.empty(), revived);
        assertEquals(cancelled, store.deployments().find(queued.id()).orElseThrow());
        assertEquals(1, store.deployments().findStored(queued.id()).orElseThrow().version());
    }
}
