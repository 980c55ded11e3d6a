package dev.synckit.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Who this service is: {@code name} is the server's display name (in {@code /verify} and in messages),
 * {@code repoUrl} the repository that commit hashes link to.
 */
public record ServiceSettings(String name, Optional<URI> repoUrl) {

    public ServiceSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repoUrl, "repoUrl");
    }
}
