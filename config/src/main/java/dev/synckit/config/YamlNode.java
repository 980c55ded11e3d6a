package dev.synckit.config;

import java.util.List;

/** A YAML value with the line it starts on, so that every error can point at the file's line. */
sealed interface YamlNode {

    int line();

    /** Entries in file order; duplicates are kept so that the walk can refuse them. */
    record Mapping(List<Entry> entries, int line) implements YamlNode {
    }

    record Entry(String key, int line, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A scalar; {@code text} is null for YAML's null ({@code key:} with nothing after it, or {@code ~}). */
    record Scalar(String text, int line) implements YamlNode {
    }
}
