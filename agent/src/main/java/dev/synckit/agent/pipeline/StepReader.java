package dev.synckit.agent.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** Reads a {@code steps:} list: each item a bare step name or a one-key map {@code type: {fields}}. */
final class StepReader {

    private static final Set<String> TYPES = Set.of("git-pull", "docker-build", "docker-pull",
            "container-recreate", "webhook", "shell", "http-check");
    private static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(2);
    /** Enough for a rollback to the build before, and the one before that. */
    static final int DEFAULT_KEEP_IMAGES = 3;

    private final String file;
    private final Duration defaultTimeout;

    StepReader(String file, Duration defaultTimeout) {
        this.file = file;
        this.defaultTimeout = defaultTimeout;
    }

    List<Step> read(YamlNode node, String path) throws ConfigException {
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            throw new ConfigException(file, node.line(), path, "must be a non-empty list of steps");
        }
        var steps = new ArrayList<Step>();
        ImageStep lastImage = null;
        for (int i = 0; i < sequence.items().size(); i++) {
            var step = step(sequence.items().get(i), path + "[" + i + "]", lastImage);
            switch (step) {
                case Step.DockerBuild build -> lastImage = new ImageStep(build.tag(), build.keepImages());
                case Step.DockerPull pull -> lastImage = new ImageStep(pull.ref(), pull.keepImages());
                default -> { }
            }
            steps.add(step);
        }
        return steps;
    }

    /** What a container-recreate takes from the nearest earlier docker-build or docker-pull. */
    private record ImageStep(String image, int keepImages) {
    }

    private Step step(YamlNode item, String path, ImageStep lastImage) throws ConfigException {
        String type;
        YamlNode body;
        int line = item.line();
        switch (item) {
            case YamlNode.Scalar scalar when !scalar.isNull() -> {
                type = scalar.text();
                body = new YamlNode.Mapping(new LinkedHashMap<>(), line);
            }
            case YamlNode.Mapping mapping when mapping.entries().size() == 1 -> {
                var entry = mapping.entries().values().iterator().next();
                type = entry.key();
                line = entry.keyLine();
                body = entry.value() instanceof YamlNode.Scalar s && s.isNull()
                        ? new YamlNode.Mapping(new LinkedHashMap<>(), line) : entry.value();
            }
            default -> throw new ConfigException(file, line, path,
                    "a step is a name (git-pull) or a map with one key (shell: {run: ...})");
        }
        if (!TYPES.contains(type)) {
            throw new ConfigException(file, line, path + "." + type, "unknown step type (known: "
                    + String.join(", ", TYPES.stream().sorted().toList()) + ")");
        }
        var fields = new Fields(file, path + "." + type, body);
        Duration timeout = fields.duration("timeout", defaultTimeout);
        boolean always = fields.bool("always");
        return switch (type) {
            case "git-pull" -> {
                fields.allowOnly(Set.of("timeout", "always"));
                yield new Step.GitPull(timeout, always);
            }
            case "docker-build" -> {
                fields.allowOnly(Set.of("tag", "keep_images", "timeout", "always"));
                yield new Step.DockerBuild(fields.requiredString("tag"), fields.count("keep_images",
                        DEFAULT_KEEP_IMAGES), timeout, always);
            }
            case "docker-pull" -> {
                fields.allowOnly(Set.of("ref", "container", "keep_images", "timeout", "always"));
                yield new Step.DockerPull(fields.requiredString("ref"), fields.optionalString("container"),
                        fields.count("keep_images", DEFAULT_KEEP_IMAGES), timeout, always);
            }
            case "container-recreate" -> {
                fields.allowOnly(Set.of("name", "timeout", "always"));
                String name = fields.requiredString("name");
                if (lastImage == null) {
                    throw fields.error("name", "container-recreate needs an earlier docker-build or docker-pull "
                            + "step (its image is the one recreated on)");
                }
                yield new Step.ContainerRecreate(name, lastImage.image(), lastImage.keepImages(), timeout, always);
            }
            case "webhook" -> webhook(fields, timeout, always);
            case "shell" -> {
                fields.allowOnly(Set.of("run", "dir", "timeout", "always"));
                yield new Step.Shell(fields.requiredString("run"), fields.optionalString("dir"), timeout, always);
            }
            default -> {
                fields.allowOnly(Set.of("url", "expect_version", "interval", "timeout", "always"));
                yield new Step.HttpCheck(fields.requiredString("url"), fields.optionalString("expect_version"),
                        fields.duration("interval", DEFAULT_CHECK_INTERVAL), timeout, always);
            }
        };
    }

    private static Step webhook(Fields fields, Duration timeout, boolean always) throws ConfigException {
        fields.allowOnly(Set.of("url", "url_env", "timeout", "always"));
        String url = fields.optionalString("url");
        String urlEnv = fields.optionalString("url_env");
        if ((url == null) == (urlEnv == null)) {
            throw fields.error(url == null ? "url" : "url_env", url == null
                    ? "missing required field (give url or url_env)" : "give url or url_env, not both");
        }
        return new Step.Webhook(url, urlEnv, timeout, always);
    }
}
