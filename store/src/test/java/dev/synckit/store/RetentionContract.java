package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.RetentionSettings;
import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import dev.synckit.core.deployment.KeptOutput;
import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.login.LoginAttempt;
import dev.synckit.core.login.Session;
import dev.synckit.core.retention.Pruner;
import dev.synckit.core.retention.TableCounts;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retention on a real store: what is older than its retention goes, the rest and each last success stay. */
abstract class RetentionContract extends StoreFixture {

    private static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private Pruner pruner(int batch) {
        return new Pruner(store.retention(), store.audit(), RetentionSettings.defaults(), CLOCK, batch);
    }

    @Test
    void oldEventsGoYoungOnesStay() {
        insertEvents("old", 3, daysAgo(91));
        insertEvents("young", 2, daysAgo(89));

        var report = pruner(Pruner.BATCH).prune(Pruner.Trigger.COMMAND);

        assertEquals(3, report.removed().rows().get("new_version_event"));
        assertEquals(List.of("young-0", "young-1"), store.events().recent(10).stream()
                .map(stored -> stored.event().packageName()).sorted().toList());
    }

    @Test
    void oldFinishedDeploymentsGoButEachTargetsLastSuccessStays() {
        var webOldSuccess = finished("web", DeploymentStatus.SUCCEEDED, daysAgo(500));
        var webLastSuccess = finished("web", DeploymentStatus.SUCCEEDED, daysAgo(400));
        var webOldFailure = finished("web", DeploymentStatus.FAILED, daysAgo(390));
        var apiOnlySuccess = finished("api", DeploymentStatus.SUCCEEDED, daysAgo(600));
        var apiYoungFailure = finished("api", DeploymentStatus.FAILED, daysAgo(10));
        var webQueuedLongAgo = Deployment.queued("web", "user-1", "waits", Optional.empty(), daysAgo(700));
        store.deployments().insert(webQueuedLongAgo);
        log(webOldFailure, 3);

        var report = pruner(Pruner.BATCH).prune(Pruner.Trigger.COMMAND);

        assertEquals(2, report.removed().rows().get("deployment"));
        assertEquals(3, report.removed().rows().get("deployment_progress"));
        assertFalse(store.deployments().find(webOldSuccess).isPresent());
        assertFalse(store.deployments().find(webOldFailure).isPresent());
        assertTrue(store.deployments().find(webLastSuccess).isPresent());
        assertTrue(store.deployments().find(apiOnlySuccess).isPresent());
        assertTrue(store.deployments().find(apiYoungFailure).isPresent());
        assertTrue(store.deployments().find(webQueuedLongAgo.id()).isPresent());
        assertEquals(Optional.of(webLastSuccess),
                store.deployments().lastSucceededBefore("web", NOW).map(Deployment::id));
    }

    @Test
    void anOldLogGoesItsDeploymentAndStepsStayAYoungLogStays() {
        var old = finished("web", DeploymentStatus.FAILED, daysAgo(100));
        var young = finished("web", DeploymentStatus.SUCCEEDED, daysAgo(80));
        log(old, 4);
        log(young, 2);

        var report = pruner(Pruner.BATCH).prune(Pruner.Trigger.COMMAND);

        assertEquals(4, report.removed().rows().get("deployment_progress"));
        assertEquals(List.of(), store.deployments().output(old));
        assertEquals("pull", store.deployments().find(old).orElseThrow().steps().getFirst().name());
        assertEquals(2, store.deployments().output(young).size());
    }

    @Test
    void oldAuditLinesAndExpiredSessionsAndLoginsGoAndThePruneIsAudited() {
        store.audit().append(new AuditEntry(daysAgo(366), "alice", "deploy.requested", "web", "old"));
        store.audit().append(new AuditEntry(daysAgo(364), "alice", "deploy.requested", "web", "young"));
        var user = new DiscordUser("42", "alice", Optional.empty(), true);
        store.sessions().create(new Session("s-expired", user, daysAgo(9), daysAgo(8), NOW.minusSeconds(1)),
                "hash-expired");
        store.sessions().create(new Session("s-live", user, daysAgo(1), NOW, NOW.plusSeconds(3600)), "hash-live");
        store.loginAttempts().save(new LoginAttempt("state-expired", "v", "/", NOW.minusSeconds(1)));
        store.loginAttempts().save(new LoginAttempt("state-live", "v", "/", NOW.plusSeconds(60)));

        var report = pruner(Pruner.BATCH).prune(Pruner.Trigger.COMMAND);

        assertEquals(new TableCounts(Map.of("audit_log", 1L, "login_attempt", 1L, "login_session", 1L,
                "new_version_event", 0L, "deployment", 0L, "deployment_progress", 0L)), report.removed());
        assertEquals(List.of("store.pruned", "deploy.requested"),
                store.audit().recent(10).stream().map(AuditEntry::action).toList());
        assertEquals("removed 3 rows: audit_log 1, login_attempt 1, login_session 1",
                store.audit().recent(1).getFirst().detail());
        assertTrue(store.sessions().findByTokenHash("hash-live").isPresent());
        assertFalse(store.sessions().findByTokenHash("hash-expired").isPresent());
        assertTrue(store.loginAttempts().take("state-live").isPresent());
        assertFalse(store.loginAttempts().take("state-expired").isPresent());
    }

    @Test
    void aDryRunCountsWhatAPruneRemovesAndRemovesNothing() {
        insertEvents("old", 5, daysAgo(91));
        var webOld = finished("web", DeploymentStatus.FAILED, daysAgo(400));
        finished("web", DeploymentStatus.SUCCEEDED, daysAgo(450));
        log(webOld, 2);
        log(finished("web", DeploymentStatus.FAILED, daysAgo(100)), 3);
        store.audit().append(new AuditEntry(daysAgo(366), "alice", "lock.acquired", "web", ""));
        var before = store.retention().rowCounts();

        var dryRun = pruner(Pruner.BATCH).dryRun();

        assertEquals(before, store.retention().rowCounts());
        assertEquals(1, store.audit().recent(10).size(), "a dry run is not audited");
        var prune = pruner(Pruner.BATCH).prune(Pruner.Trigger.COMMAND);
        assertEquals(prune.removed(), dryRun.removed());
        assertEquals("would remove 12 rows: audit_log 1, deployment 1, deployment_progress 5, new_version_event 5",
                dryRun.describe());
    }

    @Test
    void aPruneOfManyMoreRowsThanABatchCompletes() {
        insertEvents("old", 2_500, daysAgo(91));
        insertEvents("young", 3, daysAgo(1));

        var report = pruner(1_000).prune(Pruner.Trigger.SCHEDULE);

        assertEquals(2_500, report.removed().rows().get("new_version_event"));
        assertFalse(report.interrupted());
        assertEquals(3, store.retention().rowCounts().rows().get("new_version_event"));
    }

    @Test
    void zeroKeepsForEver() {
        insertEvents("old", 2, daysAgo(5_000));
        store.audit().append(new AuditEntry(daysAgo(5_000), "alice", "lock.acquired", "web", ""));
        var forever = new RetentionSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

        var report = new Pruner(store.retention(), store.audit(), forever, CLOCK).prune(Pruner.Trigger.SCHEDULE);

        assertEquals(0, report.removed().total());
        assertEquals(2, store.retention().rowCounts().rows().get("new_version_event"));
        assertEquals(1, store.audit().recent(10).size(), "a schedule run that removed nothing is not audited");
    }

    private DeploymentId finished(String target, DeploymentStatus status, Instant finishedAt) {
        var queued = Deployment.queued(target, "user-1", "because", Optional.empty(), finishedAt.minusSeconds(60));
        store.deployments().insert(new Deployment(queued.id(), target, status, "user-1", "because",
                Optional.empty(), Optional.of("aaa111"), Optional.of("bbb222"), Optional.empty(),
                List.of(new DeploymentStep("pull", StepStatus.SUCCEEDED, Optional.of(Duration.ofSeconds(1)), "ok\n")),
                queued.createdAt(), Optional.of(finishedAt.minusSeconds(30)), Optional.of(finishedAt),
                Optional.of("run-1")));
        return queued.id();
    }

    private void log(DeploymentId id, int lines) {
        for (var line = 1; line <= lines; line++) {
            store.deployments().recordProgress(id, line, "log", KeptOutput.whole("line " + line + "\n"), NOW);
        }
    }

    /** Events written straight into the table: thousands through the intake would only slow the test down. */
    private void insertEvents(String prefix, int count, Instant receivedAt) {
        var sql = "INSERT INTO new_version_event (package_name, version, body, apk_ref, proto_sha, detected_at,"
                + " state, attempts, received_at, claimed_at) VALUES (?, '1.0', '{}', 'apk', 'sha', 'now', 'HANDLED',"
                + " 1, ?, ?)";
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var insert = connection.prepareStatement(sql)) {
            var at = UtcMillis.of(receivedAt);
            for (var i = 0; i < count; i++) {
                insert.setString(1, prefix + "-" + i);
                insert.setObject(2, at);
                insert.setObject(3, at);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
