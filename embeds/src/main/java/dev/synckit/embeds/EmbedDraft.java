package dev.synckit.embeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * An embed under construction that cannot exceed Discord's limits: each part is cut to its own limit and to what
 * is left of the 6000-character total. The description is set last, into {@link #descriptionRoom()}.
 */
final class EmbedDraft {

    private record Field(String name, String value, boolean inline) {
    }

    private String title = "";
    private String footer = "";
    private String description = "";
    private Integer color;
    private Instant timestamp;
    private final List<Field> fields = new ArrayList<>();

    EmbedDraft title(String text) {
        title = Fit.line(oneLine(text), DiscordLimits.EMBED_TITLE);
        return this;
    }

    EmbedDraft color(int rgb) {
        color = rgb;
        return this;
    }

    EmbedDraft timestamp(Instant at) {
        timestamp = at;
        return this;
    }

    EmbedDraft footer(String text, int max) {
        footer = Fit.line(text, Math.min(max, DiscordLimits.FOOTER));
        return this;
    }

    /** Adds a field; a blank name or value shows as "—", since Discord refuses empty ones. */
    EmbedDraft field(String name, String value, boolean inline) {
        if (fields.size() == DiscordLimits.EMBED_FIELDS) {
            throw new IllegalStateException("a renderer asked for more than 25 fields");
        }
        var n = Fit.line(orDash(oneLine(name)), DiscordLimits.FIELD_NAME);
        int left = DiscordLimits.EMBED_TOTAL - used() - n.length();
        if (left < 1) {
            throw new IllegalStateException("a renderer left no room for a field");
        }
        var v = Fit.head(orDash(value), Math.min(DiscordLimits.FIELD_VALUE, left));
        fields.add(new Field(n, v, inline));
        return this;
    }

    /** How long the description may be, given everything else already set. */
    int descriptionRoom() {
        return Math.max(0, Math.min(DiscordLimits.EMBED_DESCRIPTION, DiscordLimits.EMBED_TOTAL - used()));
    }

    /** Sets the description, cut to {@link #descriptionRoom()} as a safety net (callers fit it to that first). */
    EmbedDraft description(String text) {
        description = Fit.head(text, descriptionRoom());
        return this;
    }

    MessageEmbed build() {
        var builder = new EmbedBuilder();
        if (!title.isEmpty()) builder.setTitle(title);
        if (!description.isEmpty()) builder.setDescription(description);
        if (!footer.isEmpty()) builder.setFooter(footer);
        if (color != null) builder.setColor(color);
        if (timestamp != null) builder.setTimestamp(timestamp);
        fields.forEach(f -> builder.addField(f.name(), f.value(), f.inline()));
        return builder.build();
    }

    private int used() {
        return title.length() + footer.length() + fields.stream()
                .mapToInt(f -> f.name().length() + f.value().length()).sum();
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
