package dev.synckit.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What {@link Migrations} logs while it is open: one line per migration set and start. */
final class MigrationLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(Migrations.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    MigrationLog() {
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
    }

    List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
