package dev.synckit.embeds;

import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a deployment as embed fields, at most {@link #MAX} of them. Longer pipelines show the steps that
 * matter (running, failed) one by one and collapse the others into one field per state.
 */
final class StepFields {

    static final int MAX = 20;
    static final int STEP_NAME = 64;
    /** Collapsed first: the states whose steps say the least one by one. */
    private static final List<StepStatus> COLLAPSE_ORDER =
            List.of(StepStatus.SUCCEEDED, StepStatus.SKIPPED, StepStatus.PENDING, StepStatus.CANCELLED);

    record Row(String name, String value) {
    }

    private StepFields() {
    }

    static List<Row> rows(List<DeploymentStep> steps, Masking masking) {
        var collapsed = EnumSet.noneOf(StepStatus.class);
        var rows = rows(steps, masking, collapsed);
        for (var status : COLLAPSE_ORDER) {
            if (rows.size() <= MAX) {
                return rows;
            }
            collapsed.add(status);
            rows = rows(steps, masking, collapsed);
        }
        if (rows.size() <= MAX) {
            return rows;
        }
        var shown = new ArrayList<>(rows.subList(0, MAX - 1));
        shown.add(new Row("… " + (rows.size() - MAX + 1) + " more", "not shown"));
        return shown;
    }

    private static List<Row> rows(List<DeploymentStep> steps, Masking masking, Set<StepStatus> collapsed) {
        var rows = new ArrayList<Row>();
        var done = EnumSet.noneOf(StepStatus.class);
        for (var step : steps) {
            if (!collapsed.contains(step.status())) {
                rows.add(new Row(StatusLook.emoji(step.status()) + " " + Fit.line(masking.mask(step.name()), STEP_NAME),
                        step.duration().map(Times::duration).orElse(word(step.status()))));
            } else if (done.add(step.status())) {
                rows.add(group(steps, step.status()));
            }
        }
        return rows;
    }

    private static Row group(List<DeploymentStep> steps, StepStatus status) {
        var members = steps.stream().filter(s -> s.status() == status).toList();
        var total = members.stream().map(DeploymentStep::duration).flatMap(Optional::stream)
                .reduce(Duration.ZERO, Duration::plus);
        var anyTimed = members.stream().anyMatch(s -> s.duration().isPresent());
        return new Row(StatusLook.emoji(status) + " " + members.size() + " steps " + word(status),
                anyTimed ? Times.duration(total) : word(status));
    }

    private static String word(StepStatus status) {
        return status == StepStatus.RUNNING ? "running…" : status.name().toLowerCase(Locale.ROOT);
    }
}
