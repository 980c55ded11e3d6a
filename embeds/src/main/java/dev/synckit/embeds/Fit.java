package dev.synckit.embeds;

/**
 * Cuts text to a length limit cleanly: on a line boundary where possible, with a marker saying how many lines were
 * cut, never between the two halves of a surrogate pair.
 */
public final class Fit {

    static final String ELLIPSIS = "…";
    private static final String FENCE = "```";

    private Fit() {
    }

    /** One line of text (a title, a name, a label): its start, ending in "…" when cut. */
    public static String line(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return safeHead(text, max);
        }
        return safeHead(text, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** Text whose first lines matter (a list): whole lines from the start, then a marker line. */
    public static String head(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        var lines = text.split("\n", -1);
        var marker = "\n" + marker(lines.length);
        if (lines.length == 1 || max < 2 * marker.length()) {
            return line(text, max);
        }
        var kept = new StringBuilder();
        int shown = 0;
        while (shown < lines.length && kept.length() + lines[shown].length() + 1 + marker.length() <= max) {
            kept.append(shown == 0 ? "" : "\n").append(lines[shown]);
            shown++;
        }
        if (shown == 0) {
            return line(lines[0], max - marker.length()) + marker(lines.length - 1, "\n");
        }
        return kept + marker(lines.length - shown, "\n");
    }

    /** Output whose last lines matter (a tail): a marker line, then whole lines up to the end. */
    public static String tail(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        var lines = text.split("\n", -1);
        var marker = marker(lines.length) + "\n";
        if (lines.length == 1 || max < 2 * marker.length()) {
            return ELLIPSIS + safeTail(text, max - ELLIPSIS.length());
        }
        int first = lines.length;
        int used = marker.length();
        while (first > 0 && used + lines[first - 1].length() + (first == lines.length ? 0 : 1) <= max) {
            used += lines[first - 1].length() + (first == lines.length ? 0 : 1);
            first--;
        }
        if (first == lines.length) {
            var last = lines[lines.length - 1];
            var end = ELLIPSIS + safeTail(last, max - marker.length() - ELLIPSIS.length());
            return marker(lines.length - 1) + "\n" + end;
        }
        return marker(first) + "\n" + String.join("\n", java.util.Arrays.asList(lines).subList(first, lines.length));
    }

    /**
     * Output in a code block of at most {@code max} characters: the fences always survive, fences inside the output
     * are broken so they cannot close the block early, and the last lines are kept.
     */
    public static String codeBlockTail(String output, int max) {
        var body = breakBacktickRuns(output).strip();
        var overhead = FENCE.length() * 2 + 2;
        return FENCE + "\n" + tail(body.isEmpty() ? " " : body, max - overhead) + "\n" + FENCE;
    }

    /** A zero-width space after every backtick that another follows: no run of backticks can close the block. */
    private static String breakBacktickRuns(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (text.charAt(i) == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                out.append('\u200b');
            }
        }
        return out.toString();
    }

    private static String marker(int cut) {
        return ELLIPSIS + " (" + cut + (cut == 1 ? " line" : " lines") + " cut)";
    }

    private static String marker(int cut, String before) {
        return cut == 0 ? "" : before + marker(cut);
    }

    /** The first {@code n} UTF-16 units, one fewer when that would split a surrogate pair. */
    static String safeHead(String text, int n) {
        if (n <= 0) {
            return "";
        }
        int end = Math.min(n, text.length());
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The last {@code n} UTF-16 units, one fewer when that would split a surrogate pair. */
    static String safeTail(String text, int n) {
        if (n <= 0) {
            return "";
        }
        int start = Math.max(0, text.length() - n);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }
}
