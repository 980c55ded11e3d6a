package dev.synckit.bot;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The log lines written while it is open, as an operator reads them. */
final class LogLines implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogLines() {
        appender.start();
        root().addAppender(appender);
    }

    List<String> messages() {
        synchronized (appender.list) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** Waits until a line containing {@code text} was written, and returns it. */
    String awaitLine(String text, Duration timeout) {
        return await().atMost(timeout).until(() -> messages().stream().filter(line -> line.contains(text))
                .findFirst().orElse(null), line -> line != null);
    }

    @Override
    public void close() {
        root().detachAppender(appender);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
