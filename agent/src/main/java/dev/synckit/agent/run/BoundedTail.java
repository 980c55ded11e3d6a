package dev.synckit.agent.run;

import java.util.ArrayDeque;

/**
 * The last lines of an output, bounded in lines, in characters per line and in characters in total, so a long
 * line can never break a Discord embed (4096 characters) or a response.
 */
public final class BoundedTail {

    public static final int LINES = 20;
    public static final int LINE_CHARS = 500;
    public static final int TOTAL_CHARS = 4000;

    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private int chars;

    public synchronized void add(String line) {
        String bounded = clip(line);
        lines.addLast(bounded);
        chars += bounded.length() + 1;
        while (lines.size() > LINES || chars - 1 > TOTAL_CHARS) {
            chars -= lines.removeFirst().length() + 1;
        }
    }

    /** The lines joined by newlines; empty when nothing was written. */
    public synchronized String text() {
        return String.join("\n", lines);
    }

    /** A text bounded the same way, for errors and other one-off messages. */
    public static String of(String text) {
        var tail = new BoundedTail();
        text.lines().forEach(tail::add);
        return tail.text();
    }

    static String clip(String line) {
        return line.length() <= LINE_CHARS ? line : line.substring(0, LINE_CHARS - 1) + "…";
    }
}
