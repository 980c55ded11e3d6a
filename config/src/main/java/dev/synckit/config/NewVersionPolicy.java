package dev.synckit.config;

import java.util.Locale;

/** What a target does when a new upstream version that concerns it is reported (YAML {@code on_new_version}). */
public enum NewVersionPolicy {
    /** Post the version to the deploy channel with a Deploy button; a maintainer decides. */
    ANNOUNCE,
    /** Announce it and queue a deployment at once. */
    DEPLOY,
    /** Say nothing about it for this target. */
    IGNORE;

    /** The spelling used in the YAML file. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
