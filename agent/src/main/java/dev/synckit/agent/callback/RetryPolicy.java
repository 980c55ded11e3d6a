package dev.synckit.agent.callback;

import java.time.Duration;

/**
 * How callbacks are retried: exponential backoff from {@code initialDelay} up to {@code maxDelay}; a receiver that
 * has refused everything for {@code giveUpAfter} is given up on (the outcome stays available for polling).
 * {@code outputInterval} spaces step-output events so lines are sent in batches, never one call per line.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, Duration giveUpAfter, Duration outputInterval,
                          Duration requestTimeout) {

    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofMillis(300), Duration.ofSeconds(10));
    }

    Duration next(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }
}
