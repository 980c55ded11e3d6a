package dev.synckit.config;

import java.nio.file.Path;

/** Where a value came from, as a configuration error shows it: {@code synckit.yaml:12}, {@code env SYNCKIT_HTTP_PORT}. */
record Origin(String label) {

    static Origin file(Path file, int line) {
        return new Origin(file + ":" + line);
    }

    static Origin env(String variable) {
        return new Origin("env " + variable);
    }

    /** A value set in code through {@link AppProfile}. */
    static Origin code() {
        return new Origin("AppProfile");
    }

    static Origin option(String name) {
        return new Origin(name);
    }
}
