package dev.synckit.agent.pipeline;

import java.time.Duration;
import java.util.Set;

/** Typed, located access to one YAML mapping; every refusal names the file, line and full key path. */
final class Fields {

    private final String file;
    private final String path;
    private final YamlNode.Mapping mapping;

    Fields(String file, String path, YamlNode node) throws ConfigException {
        this.file = file;
        this.path = path;
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ConfigException(file, node.line(), path, "must be a map, not " + node.kind());
        }
        this.mapping = m;
    }

    void allowOnly(Set<String> allowed) throws ConfigException {
        for (var entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw new ConfigException(file, entry.keyLine(), key(entry.key()),
                        "unknown key (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    YamlNode node(String key) {
        var entry = mapping.entries().get(key);
        return entry == null ? null : entry.value();
    }

    int line(String key) {
        var entry = mapping.entries().get(key);
        return entry == null ? mapping.line() : entry.keyLine();
    }

    String key(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String requiredString(String key) throws ConfigException {
        String value = optionalString(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(file, line(key), key(key), "missing required field");
        }
        return value;
    }

    String optionalString(String key) throws ConfigException {
        var node = node(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar s)) {
            throw new ConfigException(file, line(key), key(key), "must be a single value, not " + node.kind());
        }
        return s.text();
    }

    boolean bool(String key) throws ConfigException {
        String text = optionalString(key);
        if (text == null) {
            return false;
        }
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(file, line(key), key(key), "must be true or false, not \"" + text + "\"");
        };
    }

    Duration duration(String key, Duration fallback) throws ConfigException {
        var duration = durationOrZero(key, fallback);
        if (duration != null && duration.isZero()) {
            throw new ConfigException(file, line(key), key(key), "must be longer than 0");
        }
        return duration;
    }

    /** A duration where {@code 0} means something of its own (such as "keep for ever"). */
    Duration durationOrZero(String key, Duration fallback) throws ConfigException {
        String text = optionalString(key);
        if (text == null) {
            return fallback;
        }
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, line(key), key(key), e.getMessage());
        }
    }

    /** A whole number from 0 up. */
    int count(String key, int fallback) throws ConfigException {
        String text = optionalString(key);
        if (text == null) {
            return fallback;
        }
        if (!text.matches("[0-9]{1,9}")) {
            throw new ConfigException(file, line(key), key(key), "must be a whole number from 0, not \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    ConfigException error(String key, String reason) {
        return new ConfigException(file, line(key), key(key), reason);
    }
}
