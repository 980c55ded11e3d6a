package dev.synckit.agent.pipeline;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers the line it started on, so a bad value can be reported where it is. */
sealed interface YamlNode {

    int line();

    /** What a reader would call this kind of value, for messages. */
    String kind();

    record Scalar(String text, boolean quotedOrString, boolean isNull, int line) implements YamlNode {
        @Override
        public String kind() {
            return isNull ? "nothing" : "a value";
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** Keys in file order; each key keeps its own line. */
    record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a map";
        }
    }

    record Entry(String key, int keyLine, YamlNode value) {
    }
}
