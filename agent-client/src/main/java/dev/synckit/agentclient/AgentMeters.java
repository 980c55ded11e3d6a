package dev.synckit.agentclient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The client's meters: {@code synckit_agent_call_seconds}, a histogram by target, operation and outcome (retries
 * included in a call's time), and {@code synckit_agent_breaker_state}, a gauge by target: 0 closed, 1 half-open,
 * 2 open. Bound by hand: resilience4j-micrometer would name and label them its own way.
 */
final class AgentMeters {

    static final String CALLS = "synckit.agent.call";
    static final String BREAKER_STATE = "synckit.agent.breaker.state";

    /** From a quick status poll on loopback to a legacy deploy that holds the request for minutes. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250),
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10)};

    private final MeterRegistry registry;

    AgentMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the target's breaker gauge; {@code breaker} is asked anew each time, as targets may move. */
    void watch(String target, Supplier<CircuitBreaker> breaker) {
        Gauge.builder(BREAKER_STATE, () -> level(breaker.get().getState()))
                .description("circuit breaker of the target's agent: 0 closed, 1 half-open, 2 open")
                .tag("target", target)
                .register(registry);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void stop(Timer.Sample sample, String target, String operation, String outcome) {
        sample.stop(Timer.builder(CALLS)
                .description("calls to deploy agents")
                .tags("target", target, "operation", operation, "outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry));
    }

    private static int level(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED, DISABLED, METRICS_ONLY -> 0;
            case HALF_OPEN -> 1;
            case OPEN, FORCED_OPEN -> 2;
        };
    }
}
