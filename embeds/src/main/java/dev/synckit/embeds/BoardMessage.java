package dev.synckit.embeds;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.TargetOverview;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status board: one embed with a field per target (what it runs, since when, and its last deployment), or, for
 * more targets than an embed has fields, one compact line each. Times are Discord's {@code <t:…:R>}, which every
 * reader's client keeps current by itself; so the board changes only when a deployment does.
 */
public final class BoardMessage {

    static final String TITLE = "Status board";
    static final String NOT_DEPLOYED = "not deployed by synckit yet";
    private static final String NONE = "⚪";
    private static final Masking URLS = Masking.urlsOnly();

    private BoardMessage() {
    }

    public static RenderedMessage render(List<TargetOverview> targets, Optional<URI> repoUrl) {
        var draft = new EmbedDraft().title(TITLE).color(color(targets))
                .footer("Edited on every deployment; the times are relative to now.", DiscordLimits.FOOTER);
        if (targets.isEmpty()) {
            return new RenderedMessage(draft.description("No targets are configured.").build(), List.of());
        }
        if (targets.size() <= DiscordLimits.EMBED_FIELDS) {
            targets.forEach(t -> draft.field(emoji(t) + " " + name(t), running(t, repoUrl) + "\n" + last(t), false));
            return new RenderedMessage(draft.build(), List.of());
        }
        return new RenderedMessage(draft.description(compact(targets, draft.descriptionRoom())).build(), List.of());
    }

    /** As many whole lines as fit in {@code room}, then how many targets are left out. */
    private static String compact(List<TargetOverview> targets, int room) {
        var lines = new ArrayList<String>();
        var used = 0;
        for (int i = 0; i < targets.size(); i++) {
            var line = compactLine(targets.get(i));
            var more = "… and " + (targets.size() - i) + " more targets";
            if (used + line.length() + 1 + more.length() > room && i < targets.size() - 1
                    || used + line.length() > room) {
                lines.add(more);
                break;
            }
            lines.add(line);
            used += line.length() + 1;
        }
        return String.join("\n", lines);
    }

    /** {@code ❌ **web** `e4f5a6b` <t:…:R> · failed <t:…:R>} */
    static String compactLine(TargetOverview t) {
        var running = t.running().map(d -> d.toHash().filter(h -> !h.isBlank()).map(URLS::mask)
                .map(h -> "`" + Fit.line(CommitLink.shortHash(h).replace("`", "'"), 12) + "`").orElse("?")
                + d.finishedAt().map(at -> " " + relative(at)).orElse("")).orElse(NOT_DEPLOYED);
        var last = t.latest().map(d -> " · " + d.status().wireName().replace('_', ' ') + " " + relative(when(d)))
                .orElse("");
        return emoji(t) + " **" + name(t) + "** " + running + last;
    }

    /** {@code Running [a1b2c3d](…) since <t:…:R>} */
    static String running(TargetOverview target, Optional<URI> repoUrl) {
        return target.running().map(d -> "Running " + d.toHash().filter(h -> !h.isBlank()).map(URLS::mask)
                        .map(h -> CommitLink.markdown(h, repoUrl)).orElse("an unknown revision")
                        + d.finishedAt().map(at -> " since " + relative(at)).orElse(""))
                .orElse("Running: " + NOT_DEPLOYED);
    }

    /** {@code Last: failed <t:…:R> by @who} */
    static String last(TargetOverview target) {
        return target.latest().map(d -> "Last: " + d.status().wireName().replace('_', ' ') + " "
                + relative(when(d)) + " by " + Who.mention(d.requestedBy())).orElse("No deployments yet");
    }

    private static Instant when(Deployment d) {
        return d.finishedAt().or(d::startedAt).orElse(d.createdAt());
    }

    private static String emoji(TargetOverview target) {
        return target.latest().map(d -> StatusLook.emoji(d.status())).orElse(NONE);
    }

    private static String name(TargetOverview target) {
        return Fit.line(Markdown.escape(URLS.mask(target.target())), 64);
    }

    /** Red when any target's last deployment failed, else green once something runs, else grey. */
    private static int color(List<TargetOverview> targets) {
        if (targets.stream().anyMatch(t -> t.latest().filter(d -> d.status()
                == dev.synckit.core.deployment.DeploymentStatus.FAILED).isPresent())) {
            return StatusLook.RED;
        }
        return targets.stream().anyMatch(t -> t.running().isPresent()) ? StatusLook.GREEN : StatusLook.GREY;
    }

    private static String relative(Instant at) {
        return "<t:" + at.getEpochSecond() + ":R>";
    }
}
