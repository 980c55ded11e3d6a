package dev.synckit.embeds;

import static dev.synckit.embeds.Deployments.FROM;
import static dev.synckit.embeds.Deployments.TO;
import static dev.synckit.embeds.Deployments.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryMessageTest {

    private static final Instant NOW = Deployments.CREATED.plusSeconds(5 * 60 + 30);

    @Test
    void oneLinePerDeploymentNewestFirst() {
        var token = new Deployment(Deployments.ID, "api", DeploymentStatus.FAILED, "ci-token", "", Optional.empty(),
                Optional.of(FROM), Optional.of(FROM), Optional.of("boom"), List.of(),
                Deployments.CREATED.minusSeconds(3 * 86_400), Optional.of(Deployments.CREATED.minusSeconds(3 * 86_400)),
                Optional.of(Deployments.CREATED.minusSeconds(3 * 86_400 - 12)), Optional.empty());
        var list = List.of(
                of(DeploymentStatus.AWAITING_CONFIRMATION, Optional.empty(), Optional.empty(), Optional.empty(),
                        List.of()),
                of(DeploymentStatus.RUNNING, Optional.of(FROM), Optional.empty(), Optional.empty(), List.of()),
                of(DeploymentStatus.SUCCEEDED, Optional.of(FROM), Optional.of(TO), Optional.empty(), List.of()),
                token);
        assertEquals("""
                title: Recent deployments
                color: #5865F2
                description:
                ✋ **ledger** · <@123456789012345678> · 5 min ago · awaiting confirmation
                🔄 **ledger** `a1b2c3d` · <@123456789012345678> · 5 min ago · running 5m28s
                ✅ **ledger** `a1b2c3d` → `e4f5a6b` · <@123456789012345678> · 5 min ago · 1m03s
                ❌ **api** up to date at `a1b2c3d` · ci-token · 3 days ago · 12.0s""",
                Shown.of(HistoryMessage.render(list, NOW)));
    }

    @Test
    void noDeploymentsYet() {
        assertEquals("No deployments yet.", HistoryMessage.render(List.of(), NOW).embed().getDescription());
    }

    @Test
    void aLongHistoryIsCutOnWholeLinesAndSaysHowManyMore() {
        var one = of(DeploymentStatus.SUCCEEDED, Optional.of(FROM), Optional.of(TO), Optional.empty(), List.of());
        var description = HistoryMessage.render(Collections.nCopies(500, one), NOW).embed().getDescription();
        var line = HistoryMessage.line(one, NOW);
        var shown = description.lines().filter(line::equals).count();
        assertEquals(String.join("\n", Collections.nCopies((int) shown, line)) + "\n… (" + (500 - shown)
                + " lines cut)", description);
        assertTrue(description.length() <= 4096 && description.length() > 4096 - line.length() - 20);
    }
}
