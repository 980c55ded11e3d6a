package dev.synckit.agent.run;

import java.util.function.Consumer;

/**
 * Cuts text into lines at each newline (dropping a carriage return before it). A line longer than the cap is passed
 * on in pieces of the cap's size, so nothing is lost and a line without a newline cannot grow the heap.
 */
final class LineCutter implements Consumer<CharSequence> {

    private final int maxLine;
    private final Consumer<String> lines;
    private final StringBuilder line = new StringBuilder();

    LineCutter(int maxLine, Consumer<String> lines) {
        this.maxLine = maxLine;
        this.lines = lines;
    }

    @Override
    public void accept(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int end = line.length();
                lines.accept(line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end));
                line.setLength(0);
            } else {
                if (line.length() == maxLine) {
                    lines.accept(line.toString());
                    line.setLength(0);
                }
                line.append(c);
            }
        }
    }

    /** Passes on a last line that had no newline. */
    void end() {
        if (!line.isEmpty()) {
            lines.accept(line.toString());
            line.setLength(0);
        }
    }
}
