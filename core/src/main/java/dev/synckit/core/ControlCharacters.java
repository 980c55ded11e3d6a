package dev.synckit.core;

import java.util.Optional;

/**
 * Names and reasons from outside (a package, a version, a lock's holder, a token's name) are shown in logs, Discord
 * and the dashboard as one line: a control character in one could forge a log line or break a message, so such a
 * value is refused, not cleaned.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when {@code text} holds a C0 or C1 control character (tab and newline included), or a line separator. */
    public static boolean in(String text) {
        if (text == null) {
            return false;
        }
        return text.chars().anyMatch(c -> is((char) c));
    }

    /** Whether {@code c} is a C0 or C1 control character or a line separator: what can break a line of a log. */
    public static boolean is(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * The name of the first field whose value holds a control character.
     *
     * @param namesAndValues field name, value, field name, value…; a null value is fine
     */
    public static Optional<String> firstField(String... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (in(namesAndValues[i + 1])) {
                return Optional.of(namesAndValues[i]);
            }
        }
        return Optional.empty();
    }

    /** The refusal of a field that holds one, as answers and errors word it. */
    public static String refusal(String field) {
        return field + " must not contain control characters";
    }
}
