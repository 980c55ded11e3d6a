package dev.synckit.agentclient;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient the agent client is.
 *
 * @param connectTimeout      to open a connection to an agent
 * @param callTimeout         for a whole {@code /v1} call, answer included
 * @param legacyDeployTimeout for an old agent's {@code POST /deploy}, which answers only when the pipeline is done
 * @param maxAttempts         tries of an idempotent call while the agent seems down (1 = no retry)
 * @param retryBackoff        the wait before the second try; it doubles before each further one
 * @param breakerWindow       the last calls to an agent the breaker judges; half of them failing opens it
 * @param breakerOpenFor      how long an open breaker refuses calls before it lets one through to probe
 */
public record AgentClientSettings(
        Duration connectTimeout,
        Duration callTimeout,
        Duration legacyDeployTimeout,
        int maxAttempts,
        Duration retryBackoff,
        int breakerWindow,
        Duration breakerOpenFor) {

    public AgentClientSettings {
        positive(connectTimeout, "connectTimeout");
        positive(callTimeout, "callTimeout");
        positive(legacyDeployTimeout, "legacyDeployTimeout");
        positive(retryBackoff, "retryBackoff");
        positive(breakerOpenFor, "breakerOpenFor");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (breakerWindow < 1) {
            throw new IllegalArgumentException("breakerWindow must be at least 1, not " + breakerWindow);
        }
    }

    /** Connect 3 s, call 10 s, old deploy 30 min, 3 tries from 200 ms, breaker over 5 calls, open for 30 s. */
    public static AgentClientSettings defaults() {
        return new AgentClientSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofMinutes(30), 3,
                Duration.ofMillis(200), 5, Duration.ofSeconds(30));
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
