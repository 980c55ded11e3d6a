package dev.synckit.embeds;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How durations and moments read in messages: {@code 1.2s}, {@code 1m05s}, {@code 5 min ago}. */
final class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String duration(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 60_000) {
            return (millis / 1000) + "." + (millis % 1000 / 100) + "s";
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return "%dm%02ds".formatted(seconds / 60, seconds % 60);
        }
        return "%dh%02dm".formatted(seconds / 3600, seconds % 3600 / 60);
    }

    static String duration(Instant from, Instant to) {
        return duration(Duration.between(from, to));
    }

    /** How long ago {@code then} was at {@code now}; a moment in the future (clock skew) reads as "just now". */
    static String ago(Instant then, Instant now) {
        long seconds = Duration.between(then, now).toSeconds();
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min ago";
        }
        if (seconds < 86_400) {
            return (seconds / 3600) + " h ago";
        }
        long days = seconds / 86_400;
        return days + (days == 1 ? " day ago" : " days ago");
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
