package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The service's own logging configuration writes one line per message, whatever a logged value holds. */
class OneLineMessageTest {

    @Test
    void aForgedLineInALoggedValueStaysOnTheLineOfItsMessage() throws Exception {
        var context = new LoggerContext();
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        try (var config = OneLineMessage.class.getResourceAsStream("/logback.xml")) {
            configurator.doConfigure(config);
        }
        var appender = (OutputStreamAppender<?>) context.getLogger("ROOT").getAppender("STDOUT");
        var encoder = (PatternLayoutEncoder) appender.getEncoder();
        var logger = context.getLogger("dev.synckit.core.event.NewVersionIntake");
        var event = new LoggingEvent(OneLineMessageTest.class.getName(), logger, Level.INFO, "new version {} {} handled", null,
                new Object[] {"com.example\n2026-12-02T17:00:00.000Z INFO  [main] forged - all good", "1.2\u0000\u001b[31m"});

        var line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        context.stop();

        assertEquals(1, line.lines().count(), line);
        assertTrue(line.endsWith(" - new version com.example\\n2026-12-02T17:00:00.000Z INFO  [main] forged - all good"
                + " 1.2\\u0000\\u001b[31m handled" + System.lineSeparator()), line);
    }
}
