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
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The status message under the inputs that broke the original: huge output, secrets, many steps, emoji. */
class StatusMessageEdgeTest {

    private static final String ID = Deployments.ID.value();

    private static String outputLine(int i) {
        return "line " + i + " token=s3cr3t-value https://bob:hunter2@example.com/x";
    }

    @Test
    void failedWithATenThousandLineTailKeepsTheLastLinesMaskedWithinTheLimits() {
        var tail = IntStream.rangeClosed(1, 10_000).mapToObj(StatusMessageEdgeTest::outputLine)
                .collect(Collectors.joining("\n", "", "\n"));
        var d = of(DeploymentStatus.FAILED, Optional.of(FROM), Optional.of(TO),
                Optional.of("step docker-build exited with 1"), java.util.List.of(
                        step("git-pull", StepStatus.SUCCEEDED, 1234, ""),
                        step("docker-build", StepStatus.FAILED, 5000, tail),
                        step("container-recreate", StepStatus.PENDING, -1, "")));
        var message = StatusMessage.render(d, Optional.of(URI.create("https://github.com/o/sync")),
                Set.of("s3cr3t-value"), NOW);
        var embed = message.embed();
        var description = embed.getDescription();
        var header = "Updating [a1b2c3d](https://github.com/o/sync/commit/" + FROM + ") → [e4f5a6b]"
                + "(https://github.com/o/sync/commit/" + TO + ")\nRequested by <@123456789012345678>\n"
                + "**Error:** step docker-build exited with 1\n";
        var first = Pattern.compile("\n(line (\\d+) )").matcher(description);
        assertTrue(first.find(), description);
        int firstShown = Integer.parseInt(first.group(2));
        var expected = header + "```\n… (" + (firstShown - 1) + " lines cut)\n"
                + IntStream.rangeClosed(firstShown, 10_000)
                        .mapToObj(i -> "line " + i + " token=**** https://***@example.com/x")
                        .collect(Collectors.joining("\n")) + "\n```";
        assertEquals(expected, description);
        assertTrue(description.length() > 4096 - 100, "the cut uses the room it has: " + description.length());
        assertTrue(description.length() <= 4096);
        assertTrue(embed.getLength() <= 6000 && embed.isSendable());
        var json = message.toCreateData().toData().toString();
        assertFalse(json.contains("s3cr3t-value") || json.contains("hunter2"), "a secret leaked");
        assertEquals("""
                field: ✅ git-pull | 1.2s | inline
                field: ❌ docker-build | 5.0s | inline
                field: ⬜ container-recreate | pending | inline
                footer: new proto · took 1m03s
                row:
                  PRIMARY "Retry" sk1:retry:%s
                  SECONDARY "Logs" sk1:logs:%s""".formatted(ID, ID),
                Shown.of(message).substring(Shown.of(message).indexOf("field: ")));
    }

    @Test
    void twoHundredStepsCollapseTheSucceededOnes() {
        var steps = new ArrayList<DeploymentStep>();
        IntStream.range(0, 190).forEach(i -> steps.add(step("check-" + i, StepStatus.SUCCEEDED, 500, "")));
        steps.add(step("migrate", StepStatus.RUNNING, -1, ""));
        IntStream.range(0, 9).forEach(i -> steps.add(step("smoke-" + i, StepStatus.PENDING, -1, "")));
        var d = of(DeploymentStatus.RUNNING, Optional.empty(), Optional.empty(), Optional.empty(), steps);
        var shown = Shown.of(StatusMessage.render(d, Optional.empty(), Set.of(), NOW));
        var fields = shown.lines().filter(l -> l.startsWith("field: ")).collect(Collectors.joining("\n"));
        assertEquals("""
                field: ✅ 190 steps succeeded | 1m35s | inline
                field: 🔄 migrate | running… | inline
                field: ⬜ smoke-0 | pending | inline
                field: ⬜ smoke-1 | pending | inline
                field: ⬜ smoke-2 | pending | inline
                field: ⬜ smoke-3 | pending | inline
                field: ⬜ smoke-4 | pending | inline
                field: ⬜ smoke-5 | pending | inline
                field: ⬜ smoke-6 | pending | inline
                field: ⬜ smoke-7 | pending | inline
                field: ⬜ smoke-8 | pending | inline""", fields);
    }

    @Test
    void twoHundredFailedStepsStopAtTwentyFieldsAndSaySo() {
        var steps = IntStream.range(0, 200).mapToObj(i -> step("s" + i, StepStatus.FAILED, 100, "x")).toList();
        var embed = StatusMessage.render(
                of(DeploymentStatus.FAILED, Optional.empty(), Optional.empty(), Optional.empty(), steps),
                Optional.empty(), Set.of(), NOW).embed();
        assertEquals(20, embed.getFields().size());
        assertEquals("… 181 more", embed.getFields().get(19).getName());
        assertEquals("❌ s18", embed.getFields().get(18).getName());
    }

    @Test
    void emojiAndUnicodeInTheReasonSurviveAndAreCutCleanly() {
        var reason = "🚀 Hotfix für Ümläute — 日本語 ✅ " + "🎉".repeat(300);
        var d = new Deployment(Deployments.ID, "ledger", DeploymentStatus.SUCCEEDED, "ci-token", reason,
                Optional.of("v1.2.3"), Optional.of(FROM), Optional.of(TO), Optional.empty(), java.util.List.of(),
                Deployments.CREATED, Optional.of(Deployments.STARTED), Optional.of(NOW), Optional.empty());
        var footer = StatusMessage.render(d, Optional.empty(), Set.of(), NOW).embed().getFooter().getText();
        var expectedReason = Fit.line(reason, StatusMessage.REASON);
        assertTrue(expectedReason.startsWith("🚀 Hotfix für Ümläute — 日本語 ✅ 🎉") && expectedReason.endsWith("🎉…"));
        assertEquals(expectedReason + " · ref v1.2.3 · took 1m05s", footer);
        assertFalse(FitTest.brokenPair(footer));
    }
}
