package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The typed engine calls the deploy steps need, on API version 1.41 (Podman's compat API speaks it too). */
final class EngineApi {

    static final String VERSION = "/v1.41";

    private static final Pattern CONTAINER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}");
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/@+-]{0,511}");

    private final EngineHttp http;

    EngineApi(EngineHttp http) {
        this.http = http;
    }

    EngineHttp http() {
        return http;
    }

    static String checkContainerName(String operation, String name) throws ContainerEngineException {
        if (name == null || !CONTAINER.matcher(name).matches()) {
            throw new ContainerEngineException(operation + ": '" + name + "' is not a valid container name");
        }
        return name;
    }

    static String checkImageRef(String operation, String ref) throws ContainerEngineException {
        if (ref == null || !IMAGE.matcher(ref).matches() || ref.contains("//") || ref.contains("..")) {
            throw new ContainerEngineException(operation + ": '" + ref + "' is not a valid image reference");
        }
        return ref;
    }

    /** A container or image id as docker shows it: twelve hex digits, without {@code sha256:}. */
    static String shortId(String id) {
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.substring(0, Math.min(12, bare.length()));
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Optional<JsonNode> inspectContainer(String operation, String nameOrId, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        return inspect(operation, VERSION + "/containers/" + checkContainerName(operation, nameOrId) + "/json",
                deadline);
    }

    Optional<JsonNode> inspectImage(String operation, String ref, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        return inspect(operation, VERSION + "/images/" + checkImageRef(operation, ref) + "/json", deadline);
    }

    /** Every image the engine keeps (tagged or not; not the intermediate layers of builds). */
    List<ImageSelection.Listed> listImages(String operation, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        var images = new ArrayList<ImageSelection.Listed>();
        get(operation, VERSION + "/images/json", deadline)
                .forEach(image -> images.add(ImageSelection.Listed.of(image)));
        return images;
    }

    /** The ids of the images that containers run or would run again: stopped containers count. */
    Set<String> containerImageIds(String operation, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        var ids = new HashSet<String>();
        get(operation, VERSION + "/containers/json?all=1", deadline)
                .forEach(container -> ids.add(container.path("ImageID").asText()));
        return ids;
    }

    /** Removes an image and its tags; one that is gone already is fine. */
    void removeImage(String operation, String id, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        expect(operation, EngineRequest.delete(VERSION + "/images/" + checkImageRef(operation, id)), deadline, 404);
    }

    /** A listing: the engine answers it or the operation fails. */
    private JsonNode get(String operation, String target, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        return read(operation, target, deadline, false).orElseThrow();
    }

    /** One object by name or id; empty when the engine has none. */
    private Optional<JsonNode> inspect(String operation, String target, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        return read(operation, target, deadline, true);
    }

    private Optional<JsonNode> read(String operation, String target, Deadline deadline, boolean absentIsEmpty)
            throws ContainerEngineException, InterruptedException {
        try (EngineResponse response = http.send(operation, EngineRequest.get(target), deadline)) {
            if (absentIsEmpty && response.status() == 404) {
                return Optional.empty();
            }
            if (!response.ok()) {
                throw refused(operation, response);
            }
            return Optional.of(response.json());
        }
    }

    void stop(String operation, String id, Duration grace, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        expect(operation, EngineRequest.post(containerPath(id) + "/stop?t=" + Math.max(0, grace.toSeconds())),
                deadline, 304);
    }

    void rename(String operation, String id, String newName, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        expect(operation, EngineRequest.post(containerPath(id) + "/rename?name="
                + query(checkContainerName(operation, newName))), deadline, 0);
    }

    void start(String operation, String id, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        expect(operation, EngineRequest.post(containerPath(id) + "/start"), deadline, 304);
    }

    /** Removes a container; its named volumes stay (they hold the service's data). */
    void remove(String operation, String id, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        expect(operation, EngineRequest.delete(containerPath(id) + "?force=1"), deadline, 404);
    }

    String create(String operation, String name, ObjectNode body, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        EngineRequest request = EngineRequest.post(VERSION + "/containers/create?name="
                + query(checkContainerName(operation, name)), json(body));
        try (EngineResponse response = http.send(operation, request, deadline)) {
            if (!response.ok()) {
                throw refused(operation, response);
            }
            String id = response.json().path("Id").asText("");
            if (id.isEmpty()) {
                throw new ContainerEngineException(operation + ": the engine created a container but named no id");
            }
            return id;
        }
    }

    void connect(String operation, String network, String containerId, JsonNode endpoint, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        ObjectNode body = WireJson.mapper().createObjectNode().put("Container", containerId);
        body.set("EndpointConfig", endpoint);
        expect(operation, EngineRequest.post(VERSION + "/networks/" + query(network) + "/connect", json(body)),
                deadline, 0);
    }

    /** The last {@code tail} lines the container wrote, stdout and stderr interleaved as the engine kept them. */
    void logs(String operation, String id, boolean tty, int tail, Consumer<LogStream.Line> lines, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        EngineRequest request = EngineRequest.get(containerPath(id) + "/logs?stdout=1&stderr=1&tail=" + tail);
        try (EngineResponse response = http.send(operation, request, deadline)) {
            if (!response.ok()) {
                throw refused(operation, response);
            }
            try {
                LogStream.decode(response.body(), tty, lines);
            } catch (IOException e) {
                throw response.exchange().failure(e);
            }
        }
    }

    private void expect(String operation, EngineRequest request, Deadline deadline, int alsoFine)
            throws ContainerEngineException, InterruptedException {
        try (EngineResponse response = http.send(operation, request, deadline)) {
            if (!response.ok() && response.status() != alsoFine) {
                throw refused(operation, response);
            }
            response.bytes();
        }
    }

    static ContainerEngineException refused(String operation, EngineResponse response)
            throws ContainerEngineException, InterruptedException {
        return new ContainerEngineException(operation + ": " + response.errorMessage()
                + " (HTTP " + response.status() + ")");
    }

    private static String containerPath(String id) throws ContainerEngineException {
        return VERSION + "/containers/" + checkContainerName("container", id);
    }

    private static byte[] json(JsonNode body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
