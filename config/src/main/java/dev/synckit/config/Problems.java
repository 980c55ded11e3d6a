package dev.synckit.config;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one configuration: all are collected so that one start reports every mistake. */
final class Problems {

    private final List<ConfigProblem> found = new ArrayList<>();

    void add(Origin origin, String key, String reason) {
        found.add(new ConfigProblem(origin.label(), key, reason));
    }

    /** Stops here with every problem so far, e.g. when the file cannot even be parsed. */
    ConfigException fail(Origin origin, String key, String reason) {
        add(origin, key, reason);
        return new ConfigException(found);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ConfigException(found);
        }
    }
}
