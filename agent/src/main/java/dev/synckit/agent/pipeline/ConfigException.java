package dev.synckit.agent.pipeline;

/** A bad pipeline file; the message is the one line printed at start: {@code file:line: key: reason}. */
public final class ConfigException extends Exception {

    private final int line;
    private final String key;

    public ConfigException(String file, int line, String key, String reason) {
        super(file + ":" + line + ": " + key + ": " + reason);
        this.line = line;
        this.key = key;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
