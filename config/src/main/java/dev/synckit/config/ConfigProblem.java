package dev.synckit.config;

/**
 * One thing wrong with the configuration, on one line: where, which key, why. The reason never holds a secret;
 * values are quoted by {@link ValueSyntax#quote(String)}, which keeps them short and on the line.
 *
 * @param source where the value came from, e.g. {@code synckit.yaml:12} or {@code env SYNCKIT_HTTP_PORT}
 * @param key    the YAML path of the key at fault, e.g. {@code targets.prod.agent_url}; empty when none applies
 */
public record ConfigProblem(String source, String key, String reason) {

    /** The problem as one line: {@code synckit.yaml:12: targets.prod.agent_url: not an http(s) URL: "ftp://x"}. */
    @Override
    public String toString() {
        var line = source + ": " + (key.isEmpty() ? "" : key + ": ") + reason;
        return line.replaceAll("[\\r\\n]+", " ");
    }
}
