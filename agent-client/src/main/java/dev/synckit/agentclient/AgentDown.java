package dev.synckit.agentclient;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * One try found the agent down: no connection, no answer in time, or a 5xx. The breaker counts it and an idempotent
 * call tries again. {@link #reason()} is fit to show a person: no stack trace, no URL, no secret.
 */
final class AgentDown extends RuntimeException {

    private final String reason;

    AgentDown(String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    /** The reason a failed exchange gives, from the innermost cause that says something. */
    static AgentDown of(Throwable failure, Duration connectTimeout) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String reason = switch (cause) {
                case HttpConnectTimeoutException _ -> "connect timed out after " + span(connectTimeout);
                case HttpTimeoutException _ -> "timed out";
                case ConnectException _ -> "connection refused";
                case NoRouteToHostException _ -> "no route to host";
                case UnknownHostException _, UnresolvedAddressException _ -> "unknown host";
                case SSLException _ -> "TLS handshake failed";
                case EOFException _ -> "closed the connection without answering";
                default -> null;
            };
            if (reason != null) {
                return new AgentDown(reason, failure);
            }
        }
        String message = failure.getMessage();
        return new AgentDown(message != null && message.contains("received no bytes")
                ? "closed the connection without answering" : "connection failed (" + failure.getClass().getSimpleName() + ")",
                failure);
    }

    /** A duration the way people and Go write it: {@code 10s}, {@code 30m}, {@code 1h}, {@code 250ms}. */
    static String span(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
