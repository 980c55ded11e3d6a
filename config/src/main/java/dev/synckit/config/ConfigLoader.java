package dev.synckit.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the service's {@link Settings}: the YAML file, then the environment on top. The file is the one given with
 * {@code --config PATH}, else the one {@code SYNCKIT_CONFIG} names, else {@code ./synckit.yaml} when it exists;
 * without any, the embedded defaults apply.
 */
public final class ConfigLoader {

    public static final String CONFIG_OPTION = "--config";
    public static final String CONFIG_ENV = "SYNCKIT_CONFIG";
    public static final Path DEFAULT_FILE = Path.of("synckit.yaml");

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    private ConfigLoader() {
    }

    /**
     * The validated settings.
     *
     * @param explicitPath the path given with {@code --config}; it must exist
     * @param env          the environment, usually {@code System.getenv()}
     * @throws ConfigException naming every bad key with its source
     */
    public static Settings load(Optional<Path> explicitPath, Map<String, String> env) {
        var problems = new Problems();
        var file = configFile(explicitPath, env, problems);
        var fileLayer = file.map(path -> YamlLayer.read(path, problems)).orElseGet(RawConfig::new);
        file.ifPresentOrElse(path -> LOG.info("configuration file {}", path.toAbsolutePath()),
                () -> LOG.info("no configuration file: embedded defaults and the environment"));
        return SettingsReader.read(fileLayer.overlay(EnvironmentLayer.read(env)), env, problems);
    }

    /** The {@code --config PATH} (or {@code --config=PATH}) among the command-line arguments, if any. */
    public static Optional<Path> configArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(CONFIG_OPTION + "=")) {
                return Optional.of(path(args[i].substring(CONFIG_OPTION.length() + 1), Origin.option(CONFIG_OPTION)));
            }
            if (args[i].equals(CONFIG_OPTION)) {
                if (i + 1 == args.length || args[i + 1].isBlank()) {
                    throw new Problems().fail(Origin.option(CONFIG_OPTION), "", "a file path must follow");
                }
                return Optional.of(path(args[i + 1], Origin.option(CONFIG_OPTION)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> configFile(Optional<Path> explicitPath, Map<String, String> env, Problems problems) {
        if (explicitPath.isPresent()) {
            return Optional.of(existing(explicitPath.get(), Origin.option(CONFIG_OPTION), problems));
        }
        var named = env.getOrDefault(CONFIG_ENV, "");
        if (!named.isEmpty()) {
            return Optional.of(existing(path(named, Origin.env(CONFIG_ENV)), Origin.env(CONFIG_ENV), problems));
        }
        return Files.exists(DEFAULT_FILE) ? Optional.of(DEFAULT_FILE) : Optional.empty();
    }

    private static Path existing(Path file, Origin origin, Problems problems) {
        if (!Files.isRegularFile(file)) {
            throw problems.fail(origin, "", "no such file: " + ValueSyntax.quote(file.toString()));
        }
        return file;
    }

    private static Path path(String text, Origin origin) {
        try {
            return ValueSyntax.path(text);
        } catch (ValueSyntax.Invalid invalid) {
            throw new Problems().fail(origin, "", invalid.getMessage());
        }
    }
}
