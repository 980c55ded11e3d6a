package dev.synckit.agent.run;

import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.docker.ContainerEngineException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** An in-memory container engine for the docker steps' unit tests: images by ref, containers by name. */
final class FakeEngine implements ContainerEngine {

    final Map<String, String> images = new HashMap<>();
    final Map<String, String> containers = new HashMap<>();
    final Map<String, String> registry = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    /** When set, the image clean-up fails with this message. */
    String cleanupFailure;

    @Override
    public synchronized String build(Path contextDir, String tag, Consumer<String> output, Duration timeout) {
        calls.add("build " + tag);
        output.accept("Step 1/1 : FROM scratch");
        String id = "sha256:" + "b".repeat(63) + images.size();
        images.put(tag, id);
        return id;
    }

    @Override
    public synchronized String pull(String ref, Consumer<String> output, Duration timeout)
            throws ContainerEngineException {
        calls.add("pull " + ref);
        String id = registry.get(ref);
        if (id == null) {
            throw new ContainerEngineException("manifest for " + ref + " not found");
        }
        images.put(ref, id);
        return id;
    }

    @Override
    public synchronized Optional<String> imageId(String ref) {
        return Optional.ofNullable(images.get(ref));
    }

    @Override
    public synchronized Optional<String> containerImageId(String container) {
        return Optional.ofNullable(containers.get(container));
    }

    @Override
    public synchronized void removeOldImages(String image, int keep, Consumer<String> output, Duration timeout)
            throws ContainerEngineException {
        calls.add("clean " + image + " keeping " + keep);
        if (cleanupFailure != null) {
            throw new ContainerEngineException(cleanupFailure);
        }
    }

    @Override
    public synchronized Recreated recreate(String container, String image, Consumer<String> output, Duration timeout)
            throws ContainerEngineException {
        calls.add("recreate " + container + " " + image);
        String old = containers.get(container);
        if (old == null) {
            throw new ContainerEngineException("no such container: " + container);
        }
        containers.put(container, images.get(image));
        return new Recreated("c-" + container, old, images.get(image));
    }
}
