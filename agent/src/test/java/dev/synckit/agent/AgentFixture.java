package dev.synckit.agent;

import dev.synckit.agent.callback.RetryPolicy;
import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.pipeline.ConfigLoader;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.DeploymentState;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** An agent started in-process on a free loopback port, with a real HTTP client speaking to it. */
public final class AgentFixture implements AutoCloseable {

    public static final String SECRET = "agent-secret-value";
    public static final RetryPolicy FAST_RETRIES = new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofSeconds(5));

    private final Agent agent;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public AgentFixture(String yaml, Path dataDir, Map<String, String> extraEnv, ContainerEngine engine)
            throws Exception {
        var env = new HashMap<>(System.getenv());
        env.putAll(extraEnv);
        env.put("DEPLOY_AGENT_SECRET", SECRET);
        env.put("DEPLOY_AGENT_PORT", "0");
        env.put("DEPLOY_AGENT_DATA_DIR", dataDir.toString());
        var settings = AgentSettings.fromEnvironment(env);
        var config = new ConfigLoader().parse(new StringReader(yaml), "deploy-agent.yaml");
        this.agent = Agent.start(settings, config, env, engine, FAST_RETRIES);
    }

    public AgentFixture(String yaml, Path dataDir) throws Exception {
        this(yaml, dataDir, Map.of(), EngineWitness.none());
    }

    public Agent agent() {
        return agent;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + agent.port() + path);
    }

    public HttpResponse<String> send(String method, String path, String authorization, String body)
            throws Exception {
        var builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> deploy() throws Exception {
        return send("POST", "/deploy", "Bearer " + SECRET, null);
    }

    public HttpResponse<String> api(String method, String path, String body) throws Exception {
        return send(method, path, "Bearer " + SECRET, body);
    }

    public DeploymentState state(String id) throws Exception {
        return WireJson.mapper().readValue(api("GET", "/v1/deployments/" + id, null).body(), DeploymentState.class);
    }

    /** Polls until the deployment is final; the test's own timeout bounds the wait. */
    public DeploymentState awaitFinal(String id) throws Exception {
        while (true) {
            var state = state(id);
            if (state.status().isFinal()) {
                return state;
            }
            Thread.sleep(50);
        }
    }

    public String start(String body) throws Exception {
        var response = api("POST", "/v1/deployments", body);
        if (response.statusCode() != 202) {
            throw new AssertionError("start answered " + response.statusCode() + ": " + response.body());
        }
        return WireJson.mapper().readValue(response.body(), DeploymentState.class).id();
    }

    @Override
    public void close() {
        agent.close();
        http.close();
    }
}
