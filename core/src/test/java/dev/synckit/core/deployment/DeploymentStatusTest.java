package dev.synckit.core.deployment;

import static dev.synckit.core.deployment.DeploymentStatus.AWAITING_CONFIRMATION;
import static dev.synckit.core.deployment.DeploymentStatus.CANCELLED;
import static dev.synckit.core.deployment.DeploymentStatus.FAILED;
import static dev.synckit.core.deployment.DeploymentStatus.QUEUED;
import static dev.synckit.core.deployment.DeploymentStatus.RUNNING;
import static dev.synckit.core.deployment.DeploymentStatus.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The state machine: which moves exist, which states are final, which news is stale. */
class DeploymentStatusTest {

    @Test
    void onlyTheseMovesExist() {
        assertEquals(EnumSet.of(QUEUED, CANCELLED), movesFrom(AWAITING_CONFIRMATION));
        assertEquals(EnumSet.of(RUNNING, CANCELLED, FAILED), movesFrom(QUEUED));
        assertEquals(EnumSet.of(SUCCEEDED, FAILED, CANCELLED), movesFrom(RUNNING));
        for (var end : EnumSet.of(SUCCEEDED, FAILED, CANCELLED)) {
            assertTrue(end.isFinal());
            assertEquals(EnumSet.noneOf(DeploymentStatus.class), movesFrom(end), end + " is never left");
        }
    }

    @Test
    void newsOfAnEarlierStateIsBehindAndFinalStatesAreEqual() {
        assertTrue(QUEUED.isBehind(RUNNING));
        assertTrue(RUNNING.isBehind(FAILED));
        assertTrue(AWAITING_CONFIRMATION.isBehind(QUEUED));
        assertFalse(RUNNING.isBehind(RUNNING));
        assertFalse(FAILED.isBehind(RUNNING));
        assertFalse(SUCCEEDED.isBehind(CANCELLED));
    }

    @Test
    void wireNamesRoundTrip() {
        for (var status : DeploymentStatus.values()) {
            assertEquals(status, DeploymentStatus.fromWire(status.wireName()));
        }
        assertEquals("awaiting_confirmation", AWAITING_CONFIRMATION.wireName());
    }

    private static EnumSet<DeploymentStatus> movesFrom(DeploymentStatus from) {
        var moves = EnumSet.noneOf(DeploymentStatus.class);
        for (var to : DeploymentStatus.values()) {
            if (from.canMoveTo(to)) {
                moves.add(to);
            }
        }
        return moves;
    }
}
