package dev.synckit.agent;

import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.docker.ContainerEngineException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one place that names the real container engine client, {@code DockerApiEngine.fromEnvironment(env)}
 * (DOCKER_HOST, default unix:///var/run/docker.sock). That class is written on another branch; until it is merged
 * this looks it up by name, and a build without it fails each docker step with a clear message instead of
 * failing to start. At merge, the body becomes the single direct call.
 */
final class EngineWiring {

    private static final String CLIENT = "dev.synckit.agent.docker.DockerApiEngine";

    private EngineWiring() {
    }

    static ContainerEngine fromEnvironment(Map<String, String> env) {
        try {
            var factory = Class.forName(CLIENT).getMethod("fromEnvironment", Map.class);
            return (ContainerEngine) factory.invoke(null, env);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return new Absent();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot set up the container engine client: " + e.getCause(), e);
        }
    }

    /** Refuses every call: this build has no container engine client. */
    private static final class Absent implements ContainerEngine {
        private static ContainerEngineException refused() {
            return new ContainerEngineException("this agent build has no container engine client");
        }

        @Override
        public String build(Path contextDir, String tag, Consumer<String> output, Duration timeout)
                throws ContainerEngineException {
            throw refused();
        }

        @Override
        public String pull(String ref, Consumer<String> output, Duration timeout) throws ContainerEngineException {
            throw refused();
        }

        @Override
        public Optional<String> imageId(String ref) throws ContainerEngineException {
            throw refused();
        }

        @Override
        public Optional<String> containerImageId(String container) throws ContainerEngineException {
            throw refused();
        }

        @Override
        public Recreated recreate(String container, String image, Consumer<String> output, Duration timeout)
                throws ContainerEngineException {
            throw refused();
        }
    }
}
