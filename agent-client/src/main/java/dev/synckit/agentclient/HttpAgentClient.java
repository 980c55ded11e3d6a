package dev.synckit.agentclient;

import dev.synckit.config.TargetSettings;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.core.agent.AgentPort;
import dev.synckit.core.agent.AgentRun;
import dev.synckit.core.agent.AgentUnavailableException;
import dev.synckit.core.agent.RunNotFoundException;
import dev.synckit.core.deployment.DeploymentId;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AgentPort} over HTTP. Speaks {@code /v1/deployments} to current agents; an agent that answers it as an old
 * synckit agent does is remembered (until restart) and gets {@code POST /deploy} instead. Every call is bounded by
 * {@link AgentClientSettings}; a dead agent fails fast with a message that names it and says why.
 */
public final class HttpAgentClient implements AgentPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpAgentClient.class);

    private final AgentExchange exchange;
    private final DeploymentsProtocol deployments;
    private final LegacyDeploy legacy;
    private final AgentMeters meters;
    private final Map<String, AgentEndpoint> targets = new ConcurrentHashMap<>();
    private final Set<String> oldAgents = ConcurrentHashMap.newKeySet();

    public HttpAgentClient(MeterRegistry meters, AgentClientSettings settings) {
        this.exchange = new AgentExchange(settings);
        this.deployments = new DeploymentsProtocol(exchange);
        this.legacy = new LegacyDeploy(exchange, Clock.systemUTC());
        this.meters = new AgentMeters(meters);
    }

    @Override
    public AgentRun start(TargetSettings target, DeploymentId id, Optional<String> ref, URI callbackUrl)
            throws AgentUnavailableException {
        var agent = endpoint(target);
        if (!oldAgents.contains(agent.address())) {
            try {
                return metered(agent, "start", () -> deployments.start(agent, target.pipeline(), id, ref, callbackUrl));
            } catch (OldAgentException e) {
                learnedOld(agent);
            }
        }
        if (ref.isPresent()) {
            throw new AgentUnavailableException(agent.says("is an old synckit agent (only POST /deploy):"
                    + " it cannot deploy a given ref"), null);
        }
        return new AgentRun.Finished(metered(agent, "deploy", () -> legacy.run(agent, target.pipeline(), id)));
    }

    @Override
    public DeploymentState status(TargetSettings target, String runId)
            throws AgentUnavailableException, RunNotFoundException {
        var agent = endpoint(target);
        if (!oldAgents.contains(agent.address())) {
            try {
                return this.<DeploymentState, RunNotFoundException, OldAgentException>metered(agent, "status",
                        () -> deployments.status(agent, runId));
            } catch (OldAgentException e) {
                learnedOld(agent);
            }
        }
        throw new RunNotFoundException(agent.says("is an old synckit agent (only POST /deploy): it keeps no runs,"
                + " so it cannot tell run " + runId));
    }

    @Override
    public void cancel(TargetSettings target, String runId) throws AgentUnavailableException, RunNotFoundException {
        var agent = endpoint(target);
        if (!oldAgents.contains(agent.address())) {
            try {
                this.<String, RunNotFoundException, OldAgentException>metered(agent, "cancel", () -> {
                    deployments.cancel(agent, runId);
                    return runId;
                });
                return;
            } catch (OldAgentException e) {
                learnedOld(agent);
            }
        }
        LOG.info("agent at {} is an old synckit agent (only POST /deploy): its deploys cannot be cancelled;"
                + " run {} goes on", agent.address(), runId);
    }

    @Override
    public Map<String, BreakerState> breakers() {
        var states = new TreeMap<String, BreakerState>();
        targets.forEach((name, agent) ->
                states.put(name, BreakerState.valueOf(exchange.breaker(agent).getState().name())));
        return states;
    }

    @Override
    public void close() {
        exchange.close();
    }

    private AgentEndpoint endpoint(TargetSettings target) {
        var agent = AgentEndpoint.of(target);
        if (targets.put(target.name(), agent) == null) {
            meters.watch(target.name(), () -> exchange.breaker(targets.get(target.name())));
        }
        return agent;
    }

    private void learnedOld(AgentEndpoint agent) {
        if (oldAgents.add(agent.address())) {
            LOG.info("agent at {} is an old synckit agent: it answers only POST /deploy", agent.address());
        }
    }

    private <T, X extends Exception, Y extends Exception> T metered(AgentEndpoint agent, String call,
                                                                    AgentCall<T, X, Y> body)
            throws AgentUnavailableException, X, Y {
        var sample = meters.start();
        String outcome = "unavailable";
        try {
            T result = body.run();
            outcome = "ok";
            return result;
        } catch (Exception e) {
            outcome = switch (e) {
                case RunNotFoundException _ -> "not_found";
                case OldAgentException _ -> "old_agent";
                default -> "unavailable";
            };
            throw e;
        } finally {
            meters.stop(sample, agent.target(), call, outcome);
        }
    }

    /** One call to an agent, with the failures it may report. */
    @FunctionalInterface
    private interface AgentCall<T, X extends Exception, Y extends Exception> {
        T run() throws AgentUnavailableException, X, Y;
    }
}
