package dev.synckit.webhooks;

import java.net.SocketException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Helidon logs a WARNING with a stack trace of about 1.2 KB for every connection a client drops before its request
 * is whole (headers cut short, a reset socket): anyone could fill the log that way. This filter on Helidon's
 * connection logger turns each such record into one DEBUG line; every other record passes as it was.
 */
final class AbandonedConnections implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedConnections.class);
    static final String CONNECTION_LOGGER = "io.helidon.webserver.http1.Http1Connection";
    /** Helidon's reader throws this when the socket ends before what it reads (it is not public API). */
    private static final String INSUFFICIENT_DATA = "InsufficientDataAvailableException";

    /** Held, not only installed: JUL keeps its loggers weakly, and a collected logger loses its filter. */
    private final java.util.logging.Logger connections;

    private AbandonedConnections(java.util.logging.Logger connections) {
        this.connections = connections;
    }

    /** Filters Helidon's connection logger for as long as the answer is reachable. */
    static AbandonedConnections install() {
        var filter = new AbandonedConnections(java.util.logging.Logger.getLogger(CONNECTION_LOGGER));
        filter.connections.setFilter(filter);
        return filter;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        var cause = abandonment(record.getThrown());
        if (cause == null) {
            return true;
        }
        LOG.debug("a client left before its request was complete: {}", cause.getClass().getSimpleName());
        return false;
    }

    /** The throwable in the chain that says the client went away; null when none does. */
    private static Throwable abandonment(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketException || cause.getClass().getSimpleName().equals(INSUFFICIENT_DATA)) {
                return cause;
            }
        }
        return null;
    }
}
