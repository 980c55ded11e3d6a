package dev.synckit.agentclient;

import dev.synckit.core.agent.AgentUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to agents under resilience4j: every try under a time limit, a circuit breaker per agent address
 * that counts connection failures, timeouts and 5xx (any other answer proves the agent is up), and retries with
 * exponential backoff for idempotent calls only.
 */
final class AgentExchange implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentExchange.class);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    // made at the first call: building an HttpClient sets up the JDK's default TLS context, a good part of the
    // service's start, which nothing needs before an agent is called
    private HttpClient http;
    private final Duration connectTimeout;
    private final TimeLimiter callLimit;
    private final TimeLimiter deployLimit;
    private final Retry retry;
    private final CircuitBreakerRegistry breakers;

    AgentExchange(AgentClientSettings settings) {
        this.connectTimeout = settings.connectTimeout();
        this.callLimit = limit("agent-call", settings.callTimeout());
        this.deployLimit = limit("agent-legacy-deploy", settings.legacyDeployTimeout());
        this.retry = Retry.of("agent-idempotent", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryBackoff(), 2.0))
                .retryOnException(AgentDown.class::isInstance)
                .build());
        retry.getEventPublisher().onRetry(event -> LOG.debug("retrying an agent call ({}): {}",
                event.getNumberOfRetryAttempts(), event.getLastThrowable().getMessage()));
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerWindow())
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(AgentDown.class::isInstance)
                .build());
        breakers.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
                .onStateTransition(event -> LOG.warn("agent at {}: circuit breaker {} -> {}",
                        event.getCircuitBreakerName(), event.getStateTransition().getFromState(),
                        event.getStateTransition().getToState())));
    }

    /** A call that may be repeated without harm: retried while the agent seems down. */
    HttpResponse<String> idempotent(AgentEndpoint agent, HttpRequest request) throws AgentUnavailableException {
        return guarded(agent, Retry.decorateSupplier(retry, breaker(agent).decorateSupplier(() -> once(request, callLimit))));
    }

    /** The old {@code POST /deploy}: tried once (a second try could deploy twice), under the long deploy limit. */
    HttpResponse<String> legacyDeploy(AgentEndpoint agent, HttpRequest request) throws AgentUnavailableException {
        return guarded(agent, breaker(agent).decorateSupplier(() -> once(request, deployLimit)));
    }

    CircuitBreaker breaker(AgentEndpoint agent) {
        return breakers.circuitBreaker(agent.address());
    }

    private static HttpResponse<String> guarded(AgentEndpoint agent, Supplier<HttpResponse<String>> call)
            throws AgentUnavailableException {
        try {
            return call.get();
        } catch (AgentDown e) {
            throw new AgentUnavailableException(agent.unreachable(e.reason()), e.getCause());
        } catch (CallNotPermittedException e) {
            throw new AgentUnavailableException(agent.unreachable("circuit open after repeated failures"), null);
        } catch (CallInterrupted e) {
            throw new AgentUnavailableException(agent.says("not asked: the call was interrupted"), e.getCause());
        }
    }

    private HttpResponse<String> once(HttpRequest request, TimeLimiter limit) {
        HttpResponse<String> response;
        try {
            var client = http();
            response = limit.executeFutureSupplier(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        } catch (TimeoutException e) {
            throw new AgentDown("timed out after " + AgentDown.span(limit.getTimeLimiterConfig().getTimeoutDuration()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterrupted(e);
        } catch (Exception e) {
            throw AgentDown.of(e, connectTimeout);
        }
        if (response.statusCode() >= 500) {
            throw new AgentDown("answered " + response.statusCode(), null);
        }
        return response;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(executor)
                    .build();
        }
        return http;
    }

    private static TimeLimiter limit(String name, Duration timeout) {
        return TimeLimiter.of(name, TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build());
    }

    @Override
    public synchronized void close() {
        // an old agent's deploy may hold a request for half an hour: abort it rather than wait
        if (http != null) {
            http.shutdownNow();
        }
        executor.shutdownNow();
    }

    /** Our own thread was interrupted: neither the agent's fault nor worth a retry. */
    private static final class CallInterrupted extends RuntimeException {
        CallInterrupted(InterruptedException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
