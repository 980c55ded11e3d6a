package dev.synckit.agent.docker;

import java.time.Duration;

/** The instant a call must be over by, and how it was set (for the "timed out after 3s" message). */
record Deadline(long endNanos, Duration total) {

    static Deadline after(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
        }
        return new Deadline(System.nanoTime() + timeout.toNanos(), timeout);
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The shorter of {@code cap} and what is left. */
    Duration atMost(Duration cap) {
        Duration left = remaining();
        return left.compareTo(cap) < 0 ? left : cap;
    }

    String timedOut() {
        return "timed out after " + format(total);
    }

    static String format(Duration d) {
        if (d.toSeconds() == 0) {
            return d.toMillis() + "ms";
        }
        StringBuilder text = new StringBuilder();
        if (d.toHours() > 0) {
            text.append(d.toHours()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            text.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0 || text.isEmpty()) {
            text.append(d.toSecondsPart()).append('s');
        }
        return text.toString();
    }
}
