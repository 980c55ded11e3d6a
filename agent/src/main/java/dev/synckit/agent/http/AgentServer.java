package dev.synckit.agent.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.synckit.agent.pipeline.AgentConfig;
import dev.synckit.agent.run.DeployQueue;
import dev.synckit.agent.run.DeploymentStore;
import dev.synckit.contract.agent.SignatureVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's HTTP server, one virtual thread per request: no framework, a small heap, and a blocking
 * {@code POST /deploy} costs no platform thread.
 */
public final class AgentServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final LegacyDeployHandler legacy;
    private final DeploymentsApi api;

    public AgentServer(InetSocketAddress address, String secret, AgentConfig config, DeployQueue queue,
                       DeploymentStore store) throws IOException {
        var bearer = new BearerCheck(secret);
        this.legacy = new LegacyDeployHandler(config, queue, bearer);
        this.api = new DeploymentsApi(config, queue, store, bearer, new SignatureVerifier(secret));
        this.server = HttpServer.create(address, 64);
        server.setExecutor(executor);
        server.createContext("/", this::route);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            var uri = exchange.getRequestURI();
            // "//x/deploy" parses as host "x" and path "/deploy"; for Go it is the path "//x/deploy", which no
            // route below matches
            String path = uri.getScheme() == null && uri.getRawAuthority() != null
                    ? "//" + uri.getRawAuthority() + uri.getPath() : uri.getPath();
            if (path.equals("/deploy")) {
                legacy.handle(exchange);
            } else if (path.equals("/v1/deployments") || path.startsWith("/v1/deployments/")) {
                api.handle(exchange, path.substring("/v1/deployments".length()));
            } else {
                Answers.goError(exchange, 404, "404 page not found");
            }
        } catch (ClientLeft e) {
            LOG.debug("{} {}: the client left {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    e.when());
        } catch (IOException | RuntimeException e) {
            // the raw path: a decoded %0A could forge a log line
            LOG.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    e.toString());
            throw e;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // a POST /deploy still waiting for its pipeline must not hold the shutdown
        executor.shutdownNow();
    }
}
