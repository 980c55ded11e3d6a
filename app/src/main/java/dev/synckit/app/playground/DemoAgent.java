package dev.synckit.app.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.agent.Agent;
import dev.synckit.agent.AgentSettings;
import dev.synckit.agent.callback.RetryPolicy;
import dev.synckit.agent.docker.DockerApiEngine;
import dev.synckit.agent.pipeline.ConfigException;
import dev.synckit.agent.pipeline.ConfigLoader;
import dev.synckit.config.Secret;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real deploy agent, in the service's process on a free loopback port, with a secret of its own and a demo
 * pipeline: git-pull of the demo repository, then three quick shell steps (build, test, restart) that take a few
 * seconds in all, so a person sees each step run. No container engine is needed.
 */
final class DemoAgent implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final Agent agent;
    private final Secret secret;

    private DemoAgent(Agent agent, Secret secret) {
        this.agent = agent;
        this.secret = secret;
    }

    /** Writes {@code dir/deploy-agent.yaml} for {@code repository} and starts the agent on it. */
    static DemoAgent start(Path dir, Path repository, Secret secret) {
        var configFile = dir.resolve("deploy-agent.yaml");
        try {
            Files.writeString(configFile, pipeline(repository));
            var env = System.getenv();
            var settings = new AgentSettings(secret.reveal(), HOST, 0, configFile, dir.resolve("agent-data"));
            var config = new ConfigLoader().load(configFile);
            return new DemoAgent(Agent.start(settings, config, env, DockerApiEngine.fromEnvironment(env),
                    RetryPolicy.standard()), secret);
        } catch (IOException e) {
            throw new UncheckedIOException("the playground's deploy agent did not start", e);
        } catch (ConfigException e) {
            throw new IllegalStateException("the playground's pipeline does not load: " + e.getMessage(), e);
        }
    }

    URI url() {
        return URI.create("http://" + HOST + ":" + agent.port());
    }

    Secret secret() {
        return secret;
    }

    @Override
    public void close() {
        agent.close();
    }

    private static String pipeline(Path repository) {
        return """
                # written by the synckit playground at each start
                name: demo
                repo: %s
                step_timeout: 1m
                steps:
                  - git-pull
                  - shell: { run: "sh scripts/build.sh" }
                  - shell: { run: "sh scripts/test.sh" }
                  - shell: { run: "sh scripts/restart.sh" }
                """.formatted(quoted(repository.toAbsolutePath().toString()));
    }

    /** A JSON string is a YAML scalar too: a path with spaces or colons stays one value. */
    private static String quoted(String text) {
        try {
            return WireJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always writes as JSON", e);
        }
    }
}
