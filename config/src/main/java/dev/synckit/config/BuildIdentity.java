package dev.synckit.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Overrides of the build identity shown by {@code /verify}; each absent field is filled from the jar by the
 * application.
 */
public record BuildIdentity(Optional<String> version, Optional<String> sha256, Optional<String> date) {

    public BuildIdentity {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(date, "date");
    }

    public static BuildIdentity none() {
        return new BuildIdentity(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
