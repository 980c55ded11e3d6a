package dev.synckit.core.agent;

/**
 * The agent did not answer in time, refused the connection, answered 5xx, or its circuit breaker is open. The
 * message names the agent and the reason, fit to show a person: {@code agent at http://10.0.0.5:7777 unreachable:
 * connection refused}. It never holds a secret.
 */
public class AgentUnavailableException extends Exception {

    public AgentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
