package dev.synckit.agent;

import dev.synckit.agent.docker.ContainerEngine;
import java.util.Map;

/** The engine tests use when their pipelines have no docker steps: whatever this build wires. */
public final class EngineWitness {

    private EngineWitness() {
    }

    public static ContainerEngine none() {
        return EngineWiring.fromEnvironment(Map.of());
    }
}
