package dev.synckit.embeds;

import static dev.synckit.embeds.Deployments.FROM;
import static dev.synckit.embeds.Deployments.NOW;
import static dev.synckit.embeds.Deployments.TO;
import static dev.synckit.embeds.Deployments.of;
import static dev.synckit.embeds.Deployments.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusMessageTest {

    private static final Optional<URI> REPO = Optional.of(URI.create("https://github.com/o/sync.git"));
    private static final String LINK_FROM = "[a1b2c3d](https://github.com/o/sync/commit/" + FROM + ")";
    private static final String LINK_TO = "[e4f5a6b](https://github.com/o/sync/commit/" + TO + ")";
    private static final String ID = Deployments.ID.value();
    private static final List<dev.synckit.core.deployment.DeploymentStep> THREE_DONE = List.of(
            step("git-pull", StepStatus.SUCCEEDED, 1234, ""),
            step("docker-build", StepStatus.SUCCEEDED, 65_400, ""),
            step("container-recreate", StepStatus.SUCCEEDED, 3000, ""));

    private static String shown(Deployment d) {
        return Shown.of(StatusMessage.render(d, REPO, Set.of("s3cr3t-value"), NOW));
    }

    @Test
    void succeededWithCommitLinks() {
        var d = of(DeploymentStatus.SUCCEEDED, Optional.of(FROM), Optional.of(TO), Optional.empty(), THREE_DONE);
        assertEquals("""
                title: Deployed ledger
                color: #2ECC71
                timestamp: 2026-06-10T12:01:05Z
                description:
                Updated %s → %s
                Requested by <@123456789012345678>
                field: ✅ git-pull | 1.2s | inline
                field: ✅ docker-build | 1m05s | inline
                field: ✅ container-recreate | 3.0s | inline
                footer: new proto · took 1m03s
                row:
                  SECONDARY "Rollback" sk1:rollback:ledger
                  SECONDARY "Logs" sk1:logs:%s""".formatted(LINK_FROM, LINK_TO, ID), shown(d));
    }

    @Test
    void alreadyUpToDate() {
        var d = of(DeploymentStatus.SUCCEEDED, Optional.of(FROM), Optional.of(FROM), Optional.empty(),
                THREE_DONE.subList(0, 1));
        assertEquals("""
                title: Deployed ledger
                color: #2ECC71
                timestamp: 2026-06-10T12:01:05Z
                description:
                Already up to date at %s
                Requested by <@123456789012345678>
                field: ✅ git-pull | 1.2s | inline
                footer: new proto · took 1m03s
                row:
                  SECONDARY "Rollback" sk1:rollback:ledger
                  SECONDARY "Logs" sk1:logs:%s""".formatted(LINK_FROM, ID), shown(d));
    }

    @Test
    void withoutARepositoryTheHashesAreCodeNotLinks() {
        var d = of(DeploymentStatus.RUNNING, Optional.of(FROM), Optional.of(TO), Optional.empty(), List.of(
                step("git-pull", StepStatus.SUCCEEDED, 800, ""), step("docker-build", StepStatus.RUNNING, -1, "")));
        assertEquals("""
                title: Deploying ledger
                color: #3498DB
                timestamp: 2026-06-10T12:01:07Z
                description:
                Updating `a1b2c3d` → `e4f5a6b`
                Requested by <@123456789012345678>
                field: ✅ git-pull | 0.8s | inline
                field: 🔄 docker-build | running… | inline
                footer: new proto · running for 1m05s
                row:
                  DANGER "Cancel" sk1:cancel:%s""".formatted(ID),
                Shown.of(StatusMessage.render(d, Optional.empty(), Set.of(), NOW)));
    }

    @Test
    void awaitingConfirmation() {
        var d = of(DeploymentStatus.AWAITING_CONFIRMATION, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
        assertEquals("""
                title: Deploy ledger? Awaiting confirmation
                color: #F1C40F
                timestamp: 2026-06-10T12:01:07Z
                description:
                Requested by <@123456789012345678>
                Waiting for a second maintainer to confirm.
                footer: new proto · waiting for 1m07s
                row:
                  SUCCESS "Confirm" sk1:confirm:%s
                  DANGER "Cancel" sk1:cancel:%s""".formatted(ID, ID), shown(d));
    }

    @Test
    void queued() {
        var d = of(DeploymentStatus.QUEUED, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        assertEquals("""
                title: Deployment of ledger queued
                color: #95A5A6
                timestamp: 2026-06-10T12:01:07Z
                description:
                Requested by <@123456789012345678>
                Waiting for the deployments before it on ledger.
                footer: new proto · waiting for 1m07s
                row:
                  DANGER "Cancel" sk1:cancel:%s""".formatted(ID), shown(d));
    }

    @Test
    void cancelled() {
        var d = of(DeploymentStatus.CANCELLED, Optional.of(FROM), Optional.empty(),
                Optional.of("cancelled by <@42> *right now*"), List.of(
                        step("git-pull", StepStatus.SUCCEEDED, 1000, ""),
                        step("docker-build", StepStatus.CANCELLED, 2500, "Step 3/9 : RUN make")));
        assertEquals("""
                title: Deployment of ledger cancelled
                color: #607D8B
                timestamp: 2026-06-10T12:01:05Z
                description:
                At %s
                Requested by <@123456789012345678>
                **Cancelled:** cancelled by \\<@42\\> \\*right now\\*
                field: ✅ git-pull | 1.0s | inline
                field: 🚫 docker-build | 2.5s | inline
                footer: new proto · took 1m03s
                row:
                  PRIMARY "Retry" sk1:retry:%s
                  SECONDARY "Logs" sk1:logs:%s""".formatted(LINK_FROM, ID, ID), shown(d));
    }

    @Test
    void failedWithoutOutputShowsTheErrorInTheCodeBlock() {
        var d = of(DeploymentStatus.FAILED, Optional.empty(), Optional.empty(),
                Optional.of("agent https://deploy:s3cr3t-value@host:7777 did not answer"), List.of());
        assertEquals("""
                title: Deployment of ledger failed
                color: #E74C3C
                timestamp: 2026-06-10T12:01:05Z
                description:
                Requested by <@123456789012345678>
                ```
                agent https://***@host:7777 did not answer
                ```
                footer: new proto · took 1m03s
                row:
                  PRIMARY "Retry" sk1:retry:%s
                  SECONDARY "Logs" sk1:logs:%s""".formatted(ID, ID), shown(d));
    }

    @Test
    void editDataReplacesTheButtons() {
        var running = StatusMessage.render(
                of(DeploymentStatus.RUNNING, Optional.empty(), Optional.empty(), Optional.empty(), List.of()),
                REPO, Set.of(), NOW);
        var json = running.toEditData().toData().toString();
        assertTrue(json.contains("\"custom_id\":\"sk1:cancel:" + ID + "\""), json);
        var history = HistoryMessage.render(List.of(), NOW).toEditData().toData().toString();
        assertTrue(history.contains("\"components\":[]"), "an edit without buttons removes the old ones: " + history);
        assertFalse(history.contains("custom_id"), history);
    }
}
