package dev.synckit.testkit.rest;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Discord's per-message edit limit, emulated when asked for: more than {@code perSecond} edits of one message within
 * a second are refused with a 429, so a bot that does not coalesce its status updates shows it in a test.
 */
final class EditRateLimit {

    private static final long WINDOW_MILLIS = 1_000;

    private final int perSecond;
    private final Clock clock;
    private final Map<Long, Deque<Long>> editsByMessage = new HashMap<>();

    /** {@code perSecond} 0 turns the limit off. */
    EditRateLimit(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Zero when the edit may go ahead (and counts it), else the seconds until it may. */
    synchronized double secondsUntilAllowed(long messageId) {
        if (perSecond <= 0) {
            return 0;
        }
        long now = clock.millis();
        Deque<Long> edits = editsByMessage.computeIfAbsent(messageId, id -> new ArrayDeque<>());
        while (!edits.isEmpty() && edits.peekFirst() <= now - WINDOW_MILLIS) {
            edits.removeFirst();
        }
        if (edits.size() >= perSecond) {
            return Math.max(0.001, (edits.peekFirst() + WINDOW_MILLIS - now) / 1000.0);
        }
        edits.addLast(now);
        return 0;
    }
}
