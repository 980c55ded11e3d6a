package dev.synckit.agent.docker;

import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link ContainerEngine} over the Docker Engine API (Docker, or Podman's compatible service), spoken directly
 * on the socket {@code DOCKER_HOST} names. Messages start with the step they serve ({@code docker-build:},
 * {@code docker-pull:}, {@code container-recreate:}).
 */
public final class DockerApiEngine implements ContainerEngine {

    /** The bound of the calls that take no timeout of their own (inspections). */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    /** How long a new container must stay up before the old one is removed. */
    public static final Duration DEFAULT_START_GRACE = Duration.ofSeconds(2);

    private static final String BUILD = "docker-build";
    private static final String PULL = "docker-pull";
    private static final String INSPECT = "image-inspect";
    private static final String CONTAINER_INSPECT = "container-inspect";

    private final EngineApi api;
    private final Duration callTimeout;
    private final ContainerRecreation recreation;
    private final ImageCleanup cleanup;

    DockerApiEngine(DockerHost host, Duration callTimeout, Duration startGrace) {
        this.api = new EngineApi(new EngineHttp(host));
        this.callTimeout = callTimeout;
        this.recreation = new ContainerRecreation(api, startGrace);
        this.cleanup = new ImageCleanup(api);
    }

    /**
     * The engine {@code DOCKER_HOST} names ({@code unix:///path} or {@code tcp://host:port}; by default
     * {@code unix:///var/run/docker.sock}). No TLS: a {@code tcp://} engine must be on a trusted network.
     *
     * @throws IllegalArgumentException when {@code DOCKER_HOST} is neither form
     */
    public static DockerApiEngine fromEnvironment(Map<String, String> env) {
        return new DockerApiEngine(DockerHost.fromEnvironment(env), DEFAULT_CALL_TIMEOUT, DEFAULT_START_GRACE);
    }

    @Override
    public String build(Path contextDir, String tag, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        EngineApi.checkImageRef(BUILD, tag);
        if (!Files.isDirectory(contextDir)) {
            throw new ContainerEngineException(BUILD + ": the build context " + contextDir + " is not a directory");
        }
        BuildContext context;
        try {
            context = BuildContext.of(contextDir);
        } catch (IOException e) {
            throw new ContainerEngineException(BUILD + ": cannot read " + contextDir.resolve(".dockerignore") + ": "
                    + e.getMessage(), e);
        }
        EngineRequest request = new EngineRequest("POST", EngineApi.VERSION + "/build?t=" + EngineApi.query(tag)
                + "&rm=1&forcerm=1&labels=" + EngineApi.query(repositoryLabel(tag)),
                new EngineRequest.Body.Streamed("application/x-tar", context));
        BuildProgress progress = new BuildProgress(BUILD, output);
        try (EngineResponse response = api.http().send(BUILD, request, deadline)) {
            if (!response.ok()) {
                throw EngineApi.refused(BUILD, response);
            }
            response.eachJsonLine(progress);
        }
        progress.flush();
        Optional<String> id = progress.imageId();
        if (id.isPresent()) {
            return id.get();
        }
        return api.inspectImage(BUILD, tag, deadline).map(image -> image.path("Id").asText()).orElseThrow(
                () -> new ContainerEngineException(BUILD + ": the build ended, but no image is tagged " + tag));
    }

    @Override
    public String pull(String ref, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        EngineApi.checkImageRef(PULL, ref);
        String target = EngineApi.VERSION + "/images/create?" + pullQuery(ref);
        try (EngineResponse response = api.http().send(PULL, EngineRequest.post(target), deadline)) {
            if (!response.ok()) {
                throw EngineApi.refused(PULL, response);
            }
            response.eachJsonLine(new PullProgress(PULL, output));
        }
        return api.inspectImage(PULL, ref, deadline).map(image -> image.path("Id").asText()).orElseThrow(
                () -> new ContainerEngineException(PULL + ": the pull ended, but there is no image " + ref));
    }

    /** Labels the build with its repository, which the image keeps after its tag moves on to a newer build. */
    private static String repositoryLabel(String tag) {
        return WireJson.mapper().createObjectNode().put(ImageRepository.LABEL, ImageRepository.of(tag).name())
                .toString();
    }

    /** fromImage and tag as the API wants them: a digest stays in fromImage, a tag is split off (default latest). */
    static String pullQuery(String ref) {
        int at = ref.indexOf('@');
        if (at >= 0) {
            return "fromImage=" + EngineApi.query(ref);
        }
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            return "fromImage=" + EngineApi.query(ref.substring(0, colon)) + "&tag="
                    + EngineApi.query(ref.substring(colon + 1));
        }
        return "fromImage=" + EngineApi.query(ref) + "&tag=latest";
    }

    @Override
    public Optional<String> imageId(String ref) throws ContainerEngineException, InterruptedException {
        return api.inspectImage(INSPECT, ref, Deadline.after(callTimeout)).map(image -> image.path("Id").asText());
    }

    @Override
    public Optional<String> containerImageId(String container)
            throws ContainerEngineException, InterruptedException {
        return api.inspectContainer(CONTAINER_INSPECT, container, Deadline.after(callTimeout))
                .map(found -> found.path("Image").asText());
    }

    @Override
    public Recreated recreate(String container, String image, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException {
        return recreation.run(container, image, output, Deadline.after(timeout));
    }

    @Override
    public void removeOldImages(String image, int keep, Consumer<String> output, Duration timeout)
            throws ContainerEngineException, InterruptedException {
        cleanup.run(image, keep, output, Deadline.after(timeout));
    }

    /** For messages: the engine this talks to. */
    @Override
    public String toString() {
        return "DockerApiEngine[" + api.http().host().describe() + "]";
    }
}
