package dev.synckit.agent;

import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.docker.DockerApiEngine;
import java.util.Map;

/** The engine tests use when their pipelines have no docker steps: the real client on its default socket, never called. */
public final class EngineWitness {

    private EngineWitness() {
    }

    public static ContainerEngine none() {
        return DockerApiEngine.fromEnvironment(Map.of());
    }
}
