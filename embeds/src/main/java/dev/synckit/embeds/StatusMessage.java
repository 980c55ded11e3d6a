package dev.synckit.embeds;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/**
 * The one live message of a deployment, edited as it moves: what changes, each step, on failure the end of the
 * output, and the buttons that make sense now.
 */
public final class StatusMessage {

    /** The footer is a byline, not a place for a long reason. */
    static final int FOOTER = 512;
    static final int REASON = 200;
    static final int ERROR_LINE = 500;
    /** Less room than this and the output is left out rather than shown as a sliver. */
    private static final int MIN_OUTPUT = 64;

    private StatusMessage() {
    }

    /** @param secrets values to mask wherever they appear (agent secrets, tokens) */
    public static RenderedMessage render(Deployment d, Optional<URI> repoUrl, Set<String> secrets, Instant now) {
        var masking = Masking.of(secrets);
        var draft = new EmbedDraft()
                .title(title(d, masking.mask(d.target())))
                .color(StatusLook.color(d.status()))
                .timestamp(d.finishedAt().orElse(now))
                .footer(footer(d, masking, now), FOOTER);
        StepFields.rows(d.steps(), masking).forEach(row -> draft.field(row.name(), row.value(), true));
        draft.description(description(d, repoUrl, masking, draft.descriptionRoom()));
        return new RenderedMessage(draft.build(), StatusButtons.rows(d));
    }

    private static String title(Deployment d, String target) {
        return switch (d.status()) {
            case AWAITING_CONFIRMATION -> "Deploy " + target + "? Awaiting confirmation";
            case QUEUED -> "Deployment of " + target + " queued";
            case RUNNING -> "Deploying " + target;
            case SUCCEEDED -> "Deployed " + target;
            case FAILED -> "Deployment of " + target + " failed";
            case CANCELLED -> "Deployment of " + target + " cancelled";
        };
    }

    private static String description(Deployment d, Optional<URI> repoUrl, Masking masking, int room) {
        var lines = new ArrayList<String>();
        change(d, repoUrl, masking).ifPresent(lines::add);
        // here and not in the footer: Discord renders a mention in a description only, never in a footer
        lines.add("Requested by " + Who.mention(masking.mask(d.requestedBy())));
        switch (d.status()) {
            case AWAITING_CONFIRMATION -> lines.add("Waiting for a second maintainer to confirm.");
            case QUEUED -> lines.add("Waiting for the deployments before it on "
                    + Markdown.escape(masking.mask(d.target())) + ".");
            default -> { }
        }
        var output = failedOutput(d).map(masking::mask);
        var error = d.error().map(masking::mask).filter(e -> !e.isBlank());
        if (d.status() == DeploymentStatus.FAILED && output.isEmpty()) {
            output = error;
            error = Optional.empty();
        }
        error.ifPresent(e -> lines.add("**" + (d.status() == DeploymentStatus.CANCELLED ? "Cancelled" : "Error")
                + ":** " + Fit.line(Markdown.escape(e.strip().replace('\n', ' ')), ERROR_LINE)));
        var text = String.join("\n", lines);
        int left = room - text.length() - (text.isEmpty() ? 0 : 1);
        if (output.isPresent() && left >= MIN_OUTPUT) {
            return (text.isEmpty() ? "" : text + "\n") + Fit.codeBlockTail(output.get(), left);
        }
        return text;
    }

    /** The output to show on failure: the failed step's tail, when it has one. */
    private static Optional<String> failedOutput(Deployment d) {
        if (d.status() != DeploymentStatus.FAILED) {
            return Optional.empty();
        }
        return d.steps().stream().filter(s -> s.status() == StepStatus.FAILED).map(DeploymentStep::tail)
                .filter(t -> !t.isBlank()).reduce((first, last) -> last);
    }

    private static Optional<String> change(Deployment d, Optional<URI> repoUrl, Masking masking) {
        var from = d.fromHash().filter(h -> !h.isBlank()).map(h -> CommitLink.markdown(masking.mask(h), repoUrl));
        var to = d.toHash().filter(h -> !h.isBlank()).map(h -> CommitLink.markdown(masking.mask(h), repoUrl));
        if (from.isPresent() && to.isPresent()) {
            if (d.fromHash().get().equalsIgnoreCase(d.toHash().get())) {
                return Optional.of("Already up to date at " + to.get());
            }
            var verb = d.status() == DeploymentStatus.SUCCEEDED ? "Updated " : "Updating ";
            return Optional.of(verb + from.get() + " → " + to.get());
        }
        return from.map(f -> "At " + f).or(() -> to.map(t -> "To " + t));
    }

    private static String footer(Deployment d, Masking masking, Instant now) {
        var parts = new ArrayList<String>();
        if (d.reason() != null && !d.reason().isBlank()) {
            parts.add(Fit.line(masking.mask(d.reason().strip()).replace('\n', ' '), REASON));
        }
        d.ref().filter(r -> !r.isBlank()).ifPresent(r -> parts.add("ref " + Fit.line(masking.mask(r), 80)));
        parts.add(elapsed(d, now));
        return String.join(" · ", parts);
    }

    private static String elapsed(Deployment d, Instant now) {
        var since = d.startedAt().orElse(d.createdAt());
        return switch (d.status()) {
            case AWAITING_CONFIRMATION, QUEUED -> "waiting for " + Times.duration(d.createdAt(), now);
            case RUNNING -> "running for " + Times.duration(since, now);
            case SUCCEEDED, FAILED, CANCELLED -> "took " + Times.duration(since, d.finishedAt().orElse(now));
        };
    }
}
