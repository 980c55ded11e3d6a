package dev.synckit.agent.pipeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration} syntax ({@code 90s}, {@code 5m}, {@code 1h30m}, {@code 1.5h}), non-negative, plus
 * {@code d} for days of 24 hours: retention is counted in days, and {@code 30d} reads better than {@code 720h}.
 */
public final class GoDuration {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|ms|s|m|h|d)");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h|d)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L,
            "d", 86_400_000_000_000L);

    private GoDuration() {
    }

    /** The duration, or throws {@link IllegalArgumentException} with a reason fit for a config message. */
    public static Duration parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty() || !Pattern.compile("(?:" + WHOLE.pattern() + ")+").matcher(s).matches()) {
            throw new IllegalArgumentException("bad duration \"" + text + "\" (use e.g. 90s, 5m, 1h30m)");
        }
        var total = BigDecimal.ZERO;
        var parts = PART.matcher(s);
        while (parts.find()) {
            total = total.add(new BigDecimal(parts.group(1)).multiply(BigDecimal.valueOf(NANOS.get(parts.group(2)))));
        }
        if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("duration \"" + text + "\" is too long");
        }
        return Duration.ofNanos(total.longValue());
    }

    /** Written back the way Go prints it, without zero parts: {@code 1h30m}, {@code 90s} as {@code 1m30s}, {@code 500ms}. */
    public static String format(Duration duration) {
        if (duration.toMillis() < 1000) {
            return duration.toMillis() + "ms";
        }
        var text = new StringBuilder();
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0 || text.isEmpty()) {
            text.append(seconds).append('s');
        }
        return text.toString();
    }
}
