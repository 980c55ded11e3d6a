package dev.synckit.agent;

import dev.synckit.agent.callback.RetryPolicy;
import dev.synckit.agent.docker.DockerApiEngine;
import dev.synckit.agent.pipeline.ConfigLoader;
import dev.synckit.agent.pipeline.ConfigException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar synckit-agent.jar}: reads the environment and the pipeline file, then serves until stopped. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        AgentSettings settings;
        try {
            settings = AgentSettings.fromEnvironment(env);
        } catch (AgentSettings.Invalid e) {
            System.err.println("synckit-agent: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            var config = new ConfigLoader().load(settings.configFile());
            var agent = Agent.start(settings, config, env, DockerApiEngine.fromEnvironment(env), RetryPolicy.standard());
            Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "shutdown"));
            if (!InetAddress.getByName(settings.host()).isLoopbackAddress()) {
                LOG.warn("listening on {}, not on loopback: anyone who can reach this port can try the secret",
                        settings.host());
            }
            LOG.info("synckit-agent listening on http://{}:{} ({} pipeline(s): {})", settings.host(), agent.port(),
                    config.pipelines().size(), String.join(", ",
                            config.pipelines().stream().map(p -> p.name()).toList()));
        } catch (ConfigException e) {
            System.err.println("synckit-agent: " + e.getMessage());
            System.exit(3);
        } catch (IOException e) {
            System.err.println("synckit-agent: cannot start: " + e.getMessage());
            System.exit(4);
        }
    }
}
