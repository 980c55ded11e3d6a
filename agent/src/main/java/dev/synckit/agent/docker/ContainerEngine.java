package dev.synckit.agent.docker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The container engine as the deploy steps see it. Every call returns within its timeout (or the engine's
 * default call timeout) and stops early when the calling thread is interrupted (a cancelled deployment).
 * Output lines go to {@code output} as they arrive.
 */
public interface ContainerEngine {

    /** Builds the Dockerfile in {@code contextDir} as {@code tag}; answers the new image id. */
    String build(Path contextDir, String tag, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException;

    /** Pulls {@code ref}; answers its image id. */
    String pull(String ref, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException;

    /** The id of the image {@code ref} names, or empty when there is none. */
    Optional<String> imageId(String ref) throws ContainerEngineException, InterruptedException;

    /** The id of the image the named container runs, or empty when there is no such container. */
    Optional<String> containerImageId(String container) throws ContainerEngineException, InterruptedException;

    /**
     * Replaces the named container by one with the same configuration (env, ports, volumes, networks, restart
     * policy, labels, command) running {@code image}. When the new container does not stay running, the old one
     * is put back and this throws.
     */
    Recreated recreate(String container, String image, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException;

    /**
     * Removes the images of {@code image}'s repository that no container uses, but the newest {@code keep} (the
     * one {@code image} names now counting as the newest); each removal is one line of {@code output}.
     */
    void removeOldImages(String image, int keep, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException;

    /** What a recreate changed. */
    record Recreated(String containerId, String oldImageId, String newImageId) {
    }
}
