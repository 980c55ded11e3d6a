package dev.synckit.config;

import java.util.Arrays;
import java.util.Map;

/**
 * The environment variables of {@link ConfigKey} as a layer above the file. An empty variable counts as unset,
 * as {@code FOO=} in a compose file usually means "not configured". The target variables configure target
 * {@code default}, and {@code DEPLOY_AGENT_URL} declares it when the file does not.
 */
final class EnvironmentLayer {

    private EnvironmentLayer() {
    }

    static RawConfig read(Map<String, String> env) {
        var layer = new RawConfig();
        for (var key : ConfigKey.values()) {
            key.env().filter(name -> !env.getOrDefault(name, "").isEmpty()).ifPresent(name -> {
                var origin = Origin.env(name);
                var text = env.get(name);
                var target = TargetSettings.DEFAULT_NAME;
                switch (key.shape()) {
                    case SECRET -> layer.put(key.perTarget() ? key.secretPathFor(target) : key.secretPath(),
                            new RawValue.Hidden(Secret.of(text), origin));
                    case LIST -> layer.put(key.path(), new RawValue.Items(Arrays.stream(text.split(","))
                            .map(String::strip).filter(item -> !item.isEmpty()).toList(), origin));
                    case TEXT -> {
                        if (key.perTarget()) {
                            layer.declareTarget(target, origin);
                        }
                        layer.put(key.pathFor(target), new RawValue.Text(text, origin));
                    }
                }
            });
        }
        return layer;
    }
}
