package dev.synckit.core.deployment;

import java.util.UUID;
import java.util.regex.Pattern;

/** A deployment's id: a random UUID, printed without decoration, safe in URLs and Discord custom ids. */
public record DeploymentId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public DeploymentId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a deployment id: " + value);
        }
    }

    public static DeploymentId random() {
        return new DeploymentId(UUID.randomUUID().toString());
    }

    /** Parses user input; answers null-free failure as an exception naming the input. */
    public static DeploymentId parse(String text) {
        return new DeploymentId(text == null ? null : text.trim().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
