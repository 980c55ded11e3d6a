package dev.synckit.agentclient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * The client's meters: {@code synckit.agent.calls}, a timer by target, call and outcome (retries included in a
 * call's time), and {@code synckit.agent.breaker.state}, a gauge by target: 0 closed, 1 half-open, 2 open.
 */
final class AgentMeters {

    static final String CALLS = "synckit.agent.calls";
    static final String BREAKER_STATE = "synckit.agent.breaker.state";

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

    void stop(Timer.Sample sample, String target, String call, String outcome) {
        sample.stop(Timer.builder(CALLS)
                .description("calls to deploy agents")
                .tags("target", target, "call", call, "outcome", outcome)
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
