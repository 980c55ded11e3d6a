package dev.synckit.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * One layer of unchecked values by concrete path ({@code targets.prod.agent_url}) and the targets it declares.
 * Layers stack: the file, then the environment, which wins.
 */
final class RawConfig {

    private final Map<String, RawValue> values = new LinkedHashMap<>();
    private final SequencedMap<String, Origin> targets = new LinkedHashMap<>();

    void put(String path, RawValue value) {
        values.put(path, value);
    }

    void remove(String path) {
        values.remove(path);
    }

    void declareTarget(String name, Origin origin) {
        targets.putIfAbsent(name, origin);
    }

    Optional<RawValue> get(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** The declared targets in declaration order, with where each was declared. */
    SequencedMap<String, Origin> targets() {
        return targets;
    }

    /** A new layer: this one with {@code top}'s values winning and its new targets after this one's. */
    RawConfig overlay(RawConfig top) {
        var merged = new RawConfig();
        merged.values.putAll(values);
        merged.values.putAll(top.values);
        targets.forEach(merged::declareTarget);
        top.targets.forEach(merged::declareTarget);
        return merged;
    }
}
