package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to create in place of a container: its own configuration with a new image. What the container only
 * inherited from its old image (env, command, entrypoint, labels, ports, volumes, workdir, user) is left out, so
 * the new image's defaults apply; what was set for the container itself is kept. Anonymous volumes are carried
 * over by name, so their data survives the recreate.
 *
 * @param createBody     the body of {@code POST /containers/create}
 * @param laterNetworks  networks to connect before the start (create takes only one), with their endpoint config
 * @param tty            whether the container has a TTY (its logs are then not multiplexed)
 */
record ContainerSpec(ObjectNode createBody, Map<String, JsonNode> laterNetworks, boolean tty) {

    static ContainerSpec copyOf(JsonNode container, JsonNode oldImageConfig, String image) {
        String id = container.path("Id").asText("");
        String shortId = id.substring(0, Math.min(12, id.length()));
        ObjectNode config = objectCopy(container.path("Config"));
        ObjectNode host = objectCopy(container.path("HostConfig"));
        withoutImageDefaults(config, oldImageConfig, shortId);
        config.put("Image", image);
        if (!host.path("ContainerIDFile").asText("").isEmpty()) {
            // the engine refuses to create a container whose id file already exists
            host.put("ContainerIDFile", "");
        }
        keepAnonymousVolumes(host, container.path("Mounts"));
        config.set("HostConfig", host);
        Map<String, JsonNode> later = networks(config, host, container.path("NetworkSettings").path("Networks"),
                shortId);
        return new ContainerSpec(config, later, container.path("Config").path("Tty").asBoolean(false));
    }

    private static void withoutImageDefaults(ObjectNode config, JsonNode image, String shortId) {
        if (config.path("Hostname").asText("").equals(shortId)) {
            config.remove("Hostname");
        }
        Set<String> imageEnv = texts(image.path("Env"));
        imageEnv.add("HOSTNAME=" + shortId);
        ArrayNode env = WireJson.mapper().createArrayNode();
        for (JsonNode entry : config.path("Env")) {
            if (!imageEnv.contains(entry.asText())) {
                env.add(entry.asText());
            }
        }
        config.set("Env", env);
        if (same(config.path("Entrypoint"), image.path("Entrypoint"))) {
            config.remove("Entrypoint");
            if (same(config.path("Cmd"), image.path("Cmd"))) {
                config.remove("Cmd");
            }
        }
        for (String field : List.of("WorkingDir", "User", "StopSignal", "Healthcheck")) {
            if (same(config.path(field), image.path(field))) {
                config.remove(field);
            }
        }
        for (String field : List.of("Labels", "ExposedPorts", "Volumes")) {
            subtract(config, field, image.path(field));
        }
        if (config.path("StopTimeout").asInt(0) <= 0) {
            // Podman reports 0 for "unset"; sent back, 0 would mean "kill at once" to Docker
            config.remove("StopTimeout");
        }
        config.remove("OnBuild");
    }

    private static void keepAnonymousVolumes(ObjectNode host, JsonNode mounts) {
        Set<String> covered = new HashSet<>();
        for (JsonNode bind : host.path("Binds")) {
            String[] parts = bind.asText().split(":");
            if (parts.length >= 2) {
                covered.add(parts[1]);
            }
        }
        for (JsonNode mount : host.path("Mounts")) {
            covered.add(mount.path("Target").asText());
        }
        List<String> extra = new ArrayList<>();
        for (JsonNode mount : mounts) {
            String name = mount.path("Name").asText("");
            String target = mount.path("Destination").asText("");
            if (mount.path("Type").asText().equals("volume") && !name.isEmpty() && !covered.contains(target)) {
                extra.add(name + ":" + target + (mount.path("RW").asBoolean(true) ? "" : ":ro"));
            }
        }
        if (!extra.isEmpty()) {
            ArrayNode binds = host.path("Binds").isArray() ? (ArrayNode) host.get("Binds") : host.putArray("Binds");
            extra.forEach(binds::add);
        }
    }

    /** Puts the primary network into the create body; answers the others, which are connected after create. */
    private static Map<String, JsonNode> networks(ObjectNode body, ObjectNode host, JsonNode networks,
                                                  String shortId) {
        String mode = host.path("NetworkMode").asText("");
        Map<String, JsonNode> endpoints = new LinkedHashMap<>();
        networks.properties().forEach(entry -> endpoints.put(entry.getKey(), endpoint(entry.getValue(), shortId)));
        if (mode.startsWith("container:") || endpoints.isEmpty()) {
            return Map.of();
        }
        String primary = endpoints.containsKey(mode) ? mode : endpoints.keySet().iterator().next();
        host.put("NetworkMode", primary);
        ObjectNode endpointsConfig = body.putObject("NetworkingConfig").putObject("EndpointsConfig");
        endpointsConfig.set(primary, endpoints.remove(primary));
        return Map.copyOf(endpoints);
    }

    /** The part of an endpoint the user chose: aliases (not the engine's short-id alias) and a fixed address. */
    private static JsonNode endpoint(JsonNode network, String shortId) {
        ObjectNode endpoint = WireJson.mapper().createObjectNode();
        ArrayNode aliases = WireJson.mapper().createArrayNode();
        for (JsonNode alias : network.path("Aliases")) {
            if (!alias.asText().equals(shortId)) {
                aliases.add(alias.asText());
            }
        }
        if (!aliases.isEmpty()) {
            endpoint.set("Aliases", aliases);
        }
        JsonNode ipam = network.path("IPAMConfig");
        if (ipam.isObject() && !ipam.isEmpty()) {
            endpoint.set("IPAMConfig", ipam.deepCopy());
        }
        return endpoint;
    }

    private static void subtract(ObjectNode config, String field, JsonNode imageValues) {
        if (!config.path(field).isObject()) {
            config.remove(field);
            return;
        }
        ObjectNode values = (ObjectNode) config.get(field);
        imageValues.properties().forEach(entry -> {
            if (entry.getValue().equals(values.get(entry.getKey()))) {
                values.remove(entry.getKey());
            }
        });
        if (values.isEmpty()) {
            config.remove(field);
        }
    }

    /** Equal, counting null, missing and empty as the same "not set". */
    private static boolean same(JsonNode a, JsonNode b) {
        return unset(a) && unset(b) || a.equals(b);
    }

    private static boolean unset(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isContainerNode() && node.size() == 0
                || node.isTextual() && node.asText().isEmpty();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static ObjectNode objectCopy(JsonNode node) {
        return node.isObject() ? ((ObjectNode) node).deepCopy() : WireJson.mapper().createObjectNode();
    }
}
