package dev.synckit.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;

/**
 * Walks a YAML file strictly into a {@link RawConfig}: every key must be one of {@link ConfigKey}, a value must
 * have the key's shape, and a secret written in the file is refused. Values are checked later, by
 * {@link SettingsReader}, the same way whichever layer they come from.
 */
final class YamlLayer {

    private final Path file;
    private final Problems problems;
    private final RawConfig layer = new RawConfig();

    private YamlLayer(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static RawConfig read(Path file, Problems problems) {
        var root = new YamlDocument().read(file, problems);
        var walk = new YamlLayer(file, problems);
        walk.section("", root, "the file");
        return walk.layer;
    }

    private void section(String path, YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() == null) {
            return;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problem(node.line(), path, what + " must be a mapping of keys, not " + shapeOf(node));
            return;
        }
        var seen = new HashSet<String>();
        for (var entry : mapping.entries()) {
            var childPath = path.isEmpty() ? entry.key() : path + "." + entry.key();
            if (!seen.add(entry.key())) {
                problem(entry.line(), childPath, "duplicate key");
            } else if (path.equals(ConfigKey.TARGETS)) {
                target(entry, childPath);
            } else {
                child(entry, childPath);
            }
        }
    }

    private void target(YamlNode.Entry entry, String path) {
        var reason = ValueSyntax.targetNameProblem(entry.key());
        if (reason.isPresent()) {
            problem(entry.line(), path, reason.get());
            return;
        }
        layer.declareTarget(entry.key(), origin(entry.line()));
        section(path, entry.value(), "a target");
    }

    private void child(YamlNode.Entry entry, String path) {
        var wildcard = wildcard(path);
        Optional<ConfigKey> key = ConfigKey.byPath(wildcard);
        if (key.isPresent()) {
            value(key.get(), path, entry);
        } else if (!ConfigKey.childrenOf(wildcard).isEmpty()) {
            section(path, entry.value(), "this section");
        } else if (ConfigKey.byPath(wildcard + "_env").isPresent()) {
            problem(entry.line(), path, "a secret is never written in the file: put it in an environment variable"
                    + " and give that variable's name as " + entry.key() + "_env");
        } else {
            var parent = wildcard.contains(".") ? wildcard.substring(0, wildcard.lastIndexOf('.')) : "";
            problem(entry.line(), path, "unknown key (known here: "
                    + String.join(", ", ConfigKey.childrenOf(parent)) + ")");
        }
    }

    private void value(ConfigKey key, String path, YamlNode.Entry entry) {
        var origin = origin(entry.line());
        switch (entry.value()) {
            case YamlNode.Scalar scalar when scalar.text() == null -> { }
            case YamlNode.Scalar scalar when key.shape() != ConfigKey.Shape.LIST ->
                    layer.put(path, new RawValue.Text(scalar.text(), origin));
            case YamlNode.Sequence sequence when key.shape() == ConfigKey.Shape.LIST -> {
                var items = new ArrayList<String>();
                for (var item : sequence.items()) {
                    if (item instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                        items.add(scalar.text());
                    } else {
                        problem(item.line(), path, "a list item must be a single value, not " + shapeOf(item));
                    }
                }
                layer.put(path, new RawValue.Items(items, origin));
            }
            case YamlNode node when key.shape() == ConfigKey.Shape.LIST ->
                    problem(entry.line(), path, "expected a list such as [a, b], not " + shapeOf(node));
            case YamlNode node -> problem(entry.line(), path, "expected a single value, not " + shapeOf(node));
        }
    }

    /** {@code targets.prod.agent_url} as the catalogue writes it: {@code targets.*.agent_url}. */
    private static String wildcard(String path) {
        var parts = path.split("\\.", 3);
        if (parts[0].equals(ConfigKey.TARGETS) && parts.length > 1) {
            parts[1] = "*";
        }
        return String.join(".", parts);
    }

    private static String shapeOf(YamlNode node) {
        return switch (node) {
            case YamlNode.Mapping ignored -> "a mapping";
            case YamlNode.Sequence ignored -> "a list";
            case YamlNode.Scalar ignored -> "a single value";
        };
    }

    private Origin origin(int line) {
        return Origin.file(file, line);
    }

    private void problem(int line, String path, String reason) {
        problems.add(origin(line), path, reason);
    }
}
