package dev.synckit.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Writes a YAML file into a test's temporary directory and loads it, as an operator's start would. */
final class YamlFiles {

    private YamlFiles() {
    }

    static Path write(Path dir, String yaml) {
        try {
            return Files.writeString(dir.resolve("synckit.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Settings load(Path file, Map<String, String> env) {
        return ConfigLoader.load(Optional.of(file), env);
    }
}
