package dev.synckit.embeds;

import dev.synckit.core.deployment.Deployment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The answer to {@code /deployments}: one line per deployment, newest first, as many as fit. */
public final class HistoryMessage {

    static final String TITLE = "Recent deployments";
    static final int COLOR = 0x5865F2;
    private static final Masking URLS = Masking.urlsOnly();

    private HistoryMessage() {
    }

    public static RenderedMessage render(List<Deployment> newestFirst, Instant now) {
        var lines = new ArrayList<String>();
        newestFirst.forEach(d -> lines.add(line(d, now)));
        var draft = new EmbedDraft().title(TITLE).color(COLOR);
        var text = lines.isEmpty() ? "No deployments yet." : String.join("\n", lines);
        return new RenderedMessage(draft.description(Fit.head(text, draft.descriptionRoom())).build(), List.of());
    }

    /** {@code ✅ **ledger** a1b2c3d → e4f5a6b · @who · 5 min ago · 1m05s} */
    static String line(Deployment d, Instant now) {
        var parts = new ArrayList<String>();
        parts.add(StatusLook.emoji(d.status()) + " **" + Fit.line(Markdown.escape(URLS.mask(d.target())), 64) + "**"
                + change(d).map(c -> " " + c).orElse(""));
        parts.add(Who.mention(d.requestedBy()));
        parts.add(Times.ago(d.createdAt(), now));
        duration(d, now).ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    private static Optional<String> change(Deployment d) {
        var from = d.fromHash().filter(h -> !h.isBlank()).map(URLS::mask).map(CommitLink::shortHash)
                .map(HistoryMessage::code);
        var to = d.toHash().filter(h -> !h.isBlank()).map(URLS::mask).map(CommitLink::shortHash)
                .map(HistoryMessage::code);
        if (from.isPresent() && to.isPresent()) {
            return Optional.of(from.equals(to) ? "up to date at " + to.get() : from.get() + " → " + to.get());
        }
        return from.or(() -> to);
    }

    private static Optional<String> duration(Deployment d, Instant now) {
        return switch (d.status()) {
            case AWAITING_CONFIRMATION -> Optional.of("awaiting confirmation");
            case QUEUED -> Optional.of("queued");
            case RUNNING -> d.startedAt().map(s -> "running " + Times.duration(s, now));
            case SUCCEEDED, FAILED, CANCELLED -> d.startedAt().map(s -> Times.duration(s, d.finishedAt().orElse(now)));
        };
    }

    private static String code(String text) {
        return "`" + Fit.line(text.replace("`", "'"), 40) + "`";
    }
}
