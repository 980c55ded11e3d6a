package dev.synckit.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.synckit.core.ControlCharacters;

/**
 * The log message with every control character escaped ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}…):
 * a value from outside written into a message can never start a log line of its own. The service's
 * {@code logback.xml} uses it as {@code %oneLineMsg}; stack traces still follow on their own lines.
 */
public final class OneLineMessage extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(event.getFormattedMessage());
    }

    static String escape(String message) {
        if (message == null) {
            return "null";
        }
        var out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ControlCharacters.is(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
