package dev.synckit.agent.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@code deploy-agent.yaml}: one pipeline at the top level (synckit's format) or several under
 * {@code pipelines:}, and the agent-wide {@code retention}. Unknown keys, unknown step types, bad durations and
 * missing fields are refused.
 */
public final class ConfigLoader {

    static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofMinutes(10);
    /** Long enough to look back at last month's deployments; a host's disk is not a history archive. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    private static final Set<String> PIPELINE_KEYS = Set.of("repo", "repo_url", "steps", "watch", "notify_url",
            "step_timeout");

    private final YamlReader yaml = new YamlReader();

    public AgentConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "(file)", "cannot read: " + e);
        }
        return parse(new StringReader(text), file.toString());
    }

    public AgentConfig parse(Reader source, String file) throws ConfigException {
        YamlNode root;
        try {
            root = yaml.read(source, file);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "(file)", "cannot read: " + e);
        }
        var top = new Fields(file, "", root);
        var pipelines = new ArrayList<PipelineSpec>();
        Duration stepTimeout = top.duration("step_timeout", DEFAULT_STEP_TIMEOUT);
        String notifyUrl = top.optionalString("notify_url");
        Duration retention = top.durationOrZero("retention", DEFAULT_RETENTION);
        if (top.has("pipelines")) {
            top.allowOnly(Set.of("pipelines", "step_timeout", "notify_url", "retention"));
            var named = new Fields(file, "pipelines", top.node("pipelines"));
            var mapping = (YamlNode.Mapping) top.node("pipelines");
            if (mapping.entries().isEmpty()) {
                throw top.error("pipelines", "must name at least one pipeline");
            }
            for (var entry : mapping.entries().values()) {
                var fields = new Fields(file, named.key(entry.key()), entry.value());
                fields.allowOnly(PIPELINE_KEYS);
                pipelines.add(pipeline(file, entry.key(), fields, stepTimeout, notifyUrl));
            }
        } else {
            var allowed = new HashSet<>(PIPELINE_KEYS);
            allowed.add("name");
            allowed.add("retention");
            top.allowOnly(allowed);
            String name = Optional.ofNullable(top.optionalString("name")).orElse("default");
            pipelines.add(pipeline(file, name, top, stepTimeout, notifyUrl));
        }
        return new AgentConfig(pipelines, retention);
    }

    private static PipelineSpec pipeline(String file, String name, Fields fields, Duration inheritedTimeout,
                                         String inheritedNotifyUrl) throws ConfigException {
        Duration stepTimeout = fields.duration("step_timeout", inheritedTimeout);
        if (!fields.has("steps")) {
            throw fields.error("steps", "missing required field");
        }
        var steps = new StepReader(file, stepTimeout).read(fields.node("steps"), fields.key("steps"));
        String repo = fields.optionalString("repo");
        boolean needsRepo = steps.stream().anyMatch(s -> s instanceof Step.GitPull || s instanceof Step.DockerBuild);
        if (repo == null && needsRepo) {
            throw fields.error("repo", "missing required field (git-pull and docker-build work in the repo)");
        }
        Optional<Duration> watch = Optional.empty();
        if (fields.has("watch")) {
            var watchFields = new Fields(file, fields.key("watch"), fields.node("watch"));
            watchFields.allowOnly(Set.of("interval"));
            if (!watchFields.has("interval")) {
                throw watchFields.error("interval", "missing required field");
            }
            if (repo == null) {
                throw fields.error("repo", "missing required field (watch follows the repo's upstream)");
            }
            watch = Optional.of(watchFields.duration("interval", null));
        }
        String notifyUrl = Optional.ofNullable(fields.optionalString("notify_url")).orElse(inheritedNotifyUrl);
        return new PipelineSpec(name, repo == null ? null : Path.of(repo), fields.optionalString("repo_url"), steps,
                watch, notifyUrl);
    }
}
