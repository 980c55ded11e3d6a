package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.KeptOutput;
import dev.synckit.core.deployment.StoredDeployment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every DeploymentStore must do, run against each backend. */
abstract class DeploymentStoreContract extends StoreFixture {

    private static Deployment queued(String target, Instant createdAt) {
        return Deployment.queued(target, "user-1", "because", Optional.empty(), createdAt);
    }

    private static Deployment finished(Deployment deployment, DeploymentStatus status, Instant at) {
        return new Deployment(deployment.id(), deployment.target(), status, deployment.requestedBy(),
                deployment.reason(), deployment.ref(), Optional.of("aaa111"), Optional.of("bbb222"),
                status == DeploymentStatus.FAILED ? Optional.of("build failed") : Optional.empty(),
                List.of(new DeploymentStep("pull", StepStatus.SUCCEEDED, Optional.of(Duration.ofMillis(1500)),
                        "Already up to date.\n"),
                        new DeploymentStep("restart", StepStatus.SKIPPED, Optional.empty(), "")),
                deployment.createdAt(), Optional.of(at.minusSeconds(10)), Optional.of(at), Optional.of("run-7"));
    }

    private StoredDeployment stored(Deployment deployment) {
        return store.deployments().findStored(deployment.id()).orElseThrow();
    }

    private List<String> statuses(String target) {
        return store.deployments().recent(Optional.of(target), 10).stream()
                .map(d -> d.status().wireName()).toList();
    }

    @Test
    void aDeploymentReadsBackAsStoredWithStepsAndMilliseconds() {
        var deployment = finished(Deployment.queued("web", "event:com.example@1.2", "new version",
                Optional.of("v1.2"), T0), DeploymentStatus.SUCCEEDED, at(90));
        store.deployments().insert(deployment);

        var expected = new Deployment(deployment.id(), "web", DeploymentStatus.SUCCEEDED, "event:com.example@1.2",
                "new version", Optional.of("v1.2"), Optional.of("aaa111"), Optional.of("bbb222"), Optional.empty(),
                deployment.steps(), millis(T0), Optional.of(millis(at(80))), Optional.of(millis(at(90))),
                Optional.of("run-7"));
        assertEquals(Optional.of(expected), store.deployments().find(deployment.id()));
    }

    @Test
    void aDeploymentMayAwaitConfirmationAndIsNotClaimedUntilConfirmed() {
        var waiting = Deployment.requested("web", DeploymentStatus.AWAITING_CONFIRMATION, "u", "r", Optional.empty(),
                T0);
        store.deployments().insert(waiting);
        assertEquals(Optional.empty(), store.deployments().claimNext("web", at(1)));

        assertTrue(store.deployments().update(stored(waiting),
                waiting.withStatus(DeploymentStatus.QUEUED)));
        assertEquals(Optional.of(waiting.id()), store.deployments().claimNext("web", at(2)).map(Deployment::id));
    }

    @Test
    void aDeploymentIsFoundByItsAgentRunWithinItsTarget() {
        var deployment = queued("web", T0).withAgentRun("run-42");
        store.deployments().insert(deployment);

        assertEquals(Optional.of(deployment.id()), store.deployments().findByAgentRun("web", "run-42")
                .map(Deployment::id));
        assertEquals(Optional.empty(), store.deployments().findByAgentRun("api", "run-42"));
        assertEquals(Optional.empty(), store.deployments().findByAgentRun("web", "run-43"));
    }

    @Test
    void inStatusListsOldestFirstAcrossTargets() {
        var first = queued("web", T0);
        var second = queued("api", at(1));
        store.deployments().insert(second);
        store.deployments().insert(first);

        assertEquals(List.of(first.id(), second.id()), store.deployments().inStatus(DeploymentStatus.QUEUED).stream()
                .map(Deployment::id).toList());
        assertEquals(List.of(), store.deployments().inStatus(DeploymentStatus.RUNNING));
    }

    @Test
    void unfinishedDeploymentsAreCountedByTargetAndState() {
        store.deployments().insert(queued("web", T0));
        store.deployments().insert(queued("web", at(1)));
        store.deployments().insert(queued("web", at(2)));
        store.deployments().insert(queued("api", at(3)));
        store.deployments().insert(Deployment.requested("api", DeploymentStatus.AWAITING_CONFIRMATION, "u", "r",
                Optional.empty(), at(4)));
        store.deployments().insert(finished(queued("api", at(5)), DeploymentStatus.FAILED, at(6)));
        store.deployments().claimNext("web", at(7));

        assertEquals(Map.of(
                "web", Map.of(DeploymentStatus.RUNNING, 1L, DeploymentStatus.QUEUED, 2L),
                "api", Map.of(DeploymentStatus.QUEUED, 1L, DeploymentStatus.AWAITING_CONFIRMATION, 1L)),
                store.deployments().unfinishedCounts());
    }

    @Test
    void progressIsKeptOncePerSequenceAndItsOutputReadsBackInOrder() {
        var deployment = queued("web", T0);
        store.deployments().insert(deployment);

        assertTrue(store.deployments().recordProgress(deployment.id(), 2, "step-output",

                KeptOutput.whole("line 2\n"), at(2)));
        assertTrue(store.deployments().recordProgress(deployment.id(), 1, "started", KeptOutput.whole(""), at(1)));
        assertTrue(store.deployments().recordProgress(deployment.id(), 3, "step-output",
                KeptOutput.whole("line 3\n"), at(3)));
        assertFalse(store.deployments().recordProgress(deployment.id(), 2, "step-output",
                KeptOutput.whole("again\n"), at(4)));

        assertEquals(List.of(KeptOutput.whole("line 2\n"), KeptOutput.whole("line 3\n")),
                store.deployments().output(deployment.id()));
    }

    @Test
    void outputPastTheCapKeepsItsCountsAndOnlyKeptTextIsMeasured() {
        var deployment = queued("web", T0);
        store.deployments().insert(deployment);
        store.deployments().recordProgress(deployment.id(), 1, "step-output", KeptOutput.whole("héllo\n"), at(1));
        store.deployments().recordProgress(deployment.id(), 2, "step-output", new KeptOutput("", 3, 17), at(2));

        assertEquals(List.of(KeptOutput.whole("héllo\n"), new KeptOutput("", 3, 17)),
                store.deployments().output(deployment.id()));
        assertEquals(6, store.deployments().keptOutputChars(deployment.id()));
        assertEquals(0, store.deployments().keptOutputChars(DeploymentId.random()));
    }

    @Test
    void findAnswersEmptyForAnUnknownId() {
        assertEquals(Optional.empty(), store.deployments().find(DeploymentId.random()));
    }

    @Test
    void recentIsNewestFirstByTargetAndLimited() {
        var webOld = queued("web", at(1));
        var api = queued("api", at(2));
        var webNew = queued("web", at(3));
        List.of(webOld, api, webNew).forEach(store.deployments()::insert);

        assertEquals(List.of(webNew.id(), api.id()), store.deployments().recent(Optional.empty(), 2).stream()
                .map(Deployment::id).toList());
        assertEquals(List.of(webNew.id(), webOld.id()), store.deployments().recent(Optional.of("web"), 10)
                .stream().map(Deployment::id).toList());
    }

    @Test
    void updateReplacesTheRowWhenTheStatusIsAsExpected() {
        var deployment = queued("web", T0);
        store.deployments().insert(deployment);
        var cancelled = finished(deployment, DeploymentStatus.CANCELLED, at(5));

        assertTrue(store.deployments().update(stored(deployment), cancelled));
        assertEquals(DeploymentStatus.CANCELLED, store.deployments().find(deployment.id()).orElseThrow().status());
        assertEquals(cancelled.steps(), store.deployments().find(deployment.id()).orElseThrow().steps());
    }

    @Test
    void aStaleUpdateIsRefusedAndLeavesTheRowAlone() {
        var deployment = queued("web", T0);
        store.deployments().insert(deployment);
        var read = stored(deployment);
        store.deployments().update(read, finished(deployment, DeploymentStatus.CANCELLED, at(5)));
        var before = store.deployments().find(deployment.id()).orElseThrow();

        assertFalse(store.deployments().update(read, finished(deployment, DeploymentStatus.FAILED, at(9))));
        assertEquals(before, store.deployments().find(deployment.id()).orElseThrow());
    }

    @Test
    void aStaleSnapshotOfTheSameStatusCannotOverwriteANewerOne() {
        var deployment = queued("web", T0);
        store.deployments().insert(deployment);
        var running = store.deployments().claimNext("web", at(1)).orElseThrow();
        var stale = stored(running);
        var newer = running.withAgentRun("run-2");
        assertTrue(store.deployments().update(stale, newer));

        assertFalse(store.deployments().update(stale, running.withAgentRun("run-1")));
        assertEquals(Optional.of("run-2"), store.deployments().find(deployment.id()).orElseThrow().agentRunId());
    }

    @Test
    void everyChangeIncrementsTheVersionAClaimIncluded() {
        var deployment = queued("web", T0);
        store.deployments().insert(deployment);
        assertEquals(0, stored(deployment).version());

        var running = store.deployments().claimNext("web", at(1)).orElseThrow();
        assertEquals(1, stored(running).version());
        assertTrue(store.deployments().update(stored(running), running.withAgentRun("run-1")));
        assertEquals(2, stored(running).version());
    }

    @Test
    void claimNextStartsTheOldestQueuedOfTheTarget() {
        var second = queued("web", at(2));
        var first = queued("web", at(1));
        var otherTarget = queued("api", at(0));
        List.of(second, first, otherTarget).forEach(store.deployments()::insert);

        var claimed = store.deployments().claimNext("web", at(60)).orElseThrow();

        assertEquals(first.id(), claimed.id());
        assertEquals(DeploymentStatus.RUNNING, claimed.status());
        assertEquals(Optional.of(millis(at(60))), claimed.startedAt());
        assertEquals(claimed, store.deployments().find(first.id()).orElseThrow());
        assertEquals(List.of("queued", "running"), statuses("web"));
    }

    @Test
    void claimNextStartsNothingWhileOneRunsOrNoneIsQueued() {
        assertEquals(Optional.empty(), store.deployments().claimNext("web", at(1)));
        store.deployments().insert(queued("web", at(1)));
        store.deployments().insert(queued("web", at(2)));
        store.deployments().claimNext("web", at(3)).orElseThrow();

        assertEquals(Optional.empty(), store.deployments().claimNext("web", at(4)));
        assertEquals(List.of("queued", "running"), statuses("web"));
    }

    @Test
    void claimNextAfterTheRunningOneFinishedStartsTheNext() {
        var first = queued("web", at(1));
        var second = queued("web", at(2));
        List.of(first, second).forEach(store.deployments()::insert);
        var running = store.deployments().claimNext("web", at(3)).orElseThrow();
        store.deployments().update(stored(running), finished(running, DeploymentStatus.SUCCEEDED, at(4)));

        assertEquals(second.id(), store.deployments().claimNext("web", at(5)).orElseThrow().id());
    }

    @Test
    void eightConcurrentClaimsStartOneDeployment() throws Exception {
        for (var i = 0; i < 3; i++) {
            store.deployments().insert(queued("web", at(i)));
        }

        var claims = Race.run(8, i -> store.deployments().claimNext("web", at(60)));

        assertEquals(1, claims.stream().filter(Optional::isPresent).count(), claims.toString());
        assertEquals(List.of("queued", "queued", "running"), statuses("web"));
    }

    @Test
    void twoReplicasOnOneDatabaseStartOneDeployment() throws Exception {
        for (var i = 0; i < 3; i++) {
            store.deployments().insert(queued("web", at(i)));
        }
        try (var replica = Store.open(database.connection())) {
            var replicas = List.of(store, replica);

            var claims = Race.run(8, i -> replicas.get(i % 2).deployments().claimNext("web", at(60)));

            assertEquals(1, claims.stream().filter(Optional::isPresent).count(), claims.toString());
        }
        assertEquals(List.of("queued", "queued", "running"), statuses("web"));
    }

    @Test
    void lastSucceededBeforeIsTheNewestSucceededCreatedEarlier() {
        var old = finished(queued("web", at(1)), DeploymentStatus.SUCCEEDED, at(10));
        var newer = finished(queued("web", at(2)), DeploymentStatus.SUCCEEDED, at(11));
        var failed = finished(queued("web", at(3)), DeploymentStatus.FAILED, at(12));
        var otherTarget = finished(queued("api", at(4)), DeploymentStatus.SUCCEEDED, at(13));
        var later = finished(queued("web", at(5)), DeploymentStatus.SUCCEEDED, at(14));
        List.of(old, newer, failed, otherTarget, later).forEach(store.deployments()::insert);

        assertEquals(Optional.of(newer.id()), store.deployments().lastSucceededBefore("web", at(5))
                .map(Deployment::id));
        assertEquals(Optional.empty(), store.deployments().lastSucceededBefore("web", at(1)));
    }
}
