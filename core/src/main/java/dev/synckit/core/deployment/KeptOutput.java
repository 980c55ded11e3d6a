package dev.synckit.core.deployment;

/**
 * The output of one progress event as the service keeps it: the whole lines that fit under the log cap of its
 * deployment, and how much did not, so the full log can say exactly what it lacks.
 *
 * @param droppedLines lines of the event not kept (a partly kept line counts as not kept)
 * @param droppedChars characters of the event not kept, line breaks included
 */
public record KeptOutput(String text, long droppedLines, long droppedChars) {

    /** The log the service keeps per deployment, in characters (about 10 MB); the agent keeps the whole log. */
    public static final long CAP_CHARS = 10L * 1024 * 1024;

    /** Output kept as it came. */
    public static KeptOutput whole(String text) {
        return new KeptOutput(text, 0, 0);
    }

    /** What of {@code output} fits after {@code alreadyKept} characters of the deployment's log: whole lines only. */
    static KeptOutput within(long alreadyKept, String output, long cap) {
        long room = cap - alreadyKept;
        if (output.length() <= room) {
            return whole(output);
        }
        int end = room <= 0 ? 0 : output.lastIndexOf('\n', (int) room - 1) + 1;
        var rest = output.substring(end);
        long lines = rest.lines().count();
        return new KeptOutput(output.substring(0, end), lines, rest.length());
    }
}
