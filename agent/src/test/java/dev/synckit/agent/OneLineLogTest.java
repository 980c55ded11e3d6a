package dev.synckit.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The agent's own logging configuration writes one line per message, whatever a logged value holds. */
class OneLineLogTest {

    @Test
    void aForgedLineInAStepsErrorStaysOnTheLineOfItsMessage() throws Exception {
        var context = new LoggerContext();
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        try (var config = Agent.class.getResourceAsStream("/logback.xml")) {
            configurator.doConfigure(config);
        }
        var appender = (OutputStreamAppender<?>) context.getLogger("ROOT").getAppender("CONSOLE");
        var encoder = (PatternLayoutEncoder) appender.getEncoder();
        var logger = context.getLogger("dev.synckit.agent.run.PipelineRun");
        var event = new LoggingEvent(OneLineLogTest.class.getName(), logger, Level.INFO, "deployment {} of {} {}",
                null, new Object[] {"d-1", "web", "failed: fatal\n12:00:00.000 INFO  PipelineRun - all good\u001b[0m"});

        var line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        context.stop();

        assertEquals(1, line.lines().count(), line);
        assertEquals(" - deployment d-1 of web failed: fatal?12:00:00.000 INFO  PipelineRun - all good?[0m",
                line.substring(line.indexOf(" - "), line.length() - System.lineSeparator().length()));
    }
}
