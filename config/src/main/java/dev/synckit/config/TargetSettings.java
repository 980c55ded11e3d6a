package dev.synckit.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that can be deployed: the deploy agent that runs it and how synckit treats it.
 *
 * @param pipeline    which of the agent's pipelines, when it has several
 * @param confirm     whether a second maintainer (or the API's confirm flag) must approve before it runs
 * @param packages    the {@code NewVersionEvent} packages that concern this target; empty means all of them
 */
public record TargetSettings(
        String name,
        URI agentUrl,
        Secret agentSecret,
        Optional<String> pipeline,
        boolean confirm,
        NewVersionPolicy onNewVersion,
        List<String> packages) {

    /** The name of the target that {@code DEPLOY_AGENT_URL} and {@code DEPLOY_AGENT_SECRET} configure. */
    public static final String DEFAULT_NAME = "default";

    public TargetSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agentUrl, "agentUrl");
        Objects.requireNonNull(agentSecret, "agentSecret");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(onNewVersion, "onNewVersion");
        packages = List.copyOf(packages);
    }

    /** A target with the defaults for everything but its agent: default pipeline, no confirmation, announce all. */
    public static TargetSettings of(String name, URI agentUrl, Secret agentSecret) {
        return new TargetSettings(name, agentUrl, agentSecret, Optional.empty(), false, NewVersionPolicy.ANNOUNCE,
                List.of());
    }

    /** Whether a new version of {@code packageName} concerns this target. */
    public boolean concerns(String packageName) {
        return packages.isEmpty() || packages.contains(packageName);
    }
}
