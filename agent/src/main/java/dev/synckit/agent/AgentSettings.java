package dev.synckit.agent;

import java.nio.file.Path;
import java.util.Map;

/**
 * The agent's environment: {@code DEPLOY_AGENT_SECRET} (required), {@code DEPLOY_AGENT_HOST} (127.0.0.1),
 * {@code DEPLOY_AGENT_PORT} (7777; 0 picks a free port), {@code DEPLOY_AGENT_CONFIG}
 * (/etc/synckit/deploy-agent.yaml) and {@code DEPLOY_AGENT_DATA_DIR} (./data: kept outcomes and whole logs).
 */
public record AgentSettings(String secret, String host, int port, Path configFile, Path dataDir) {

    /** A setting that stops the start; the message names the variable and never shows a secret. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    public static AgentSettings fromEnvironment(Map<String, String> env) throws Invalid {
        String secret = env.getOrDefault("DEPLOY_AGENT_SECRET", "");
        if (secret.isBlank()) {
            throw new Invalid("DEPLOY_AGENT_SECRET is required (the bearer secret callers and callbacks use)");
        }
        String portText = value(env, "DEPLOY_AGENT_PORT", "7777");
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new Invalid("DEPLOY_AGENT_PORT must be a port number (0-65535), not \"" + portText + "\"");
        }
        return new AgentSettings(secret, value(env, "DEPLOY_AGENT_HOST", "127.0.0.1"), port,
                Path.of(value(env, "DEPLOY_AGENT_CONFIG", "/etc/synckit/deploy-agent.yaml")),
                Path.of(value(env, "DEPLOY_AGENT_DATA_DIR", "data")));
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return "AgentSettings[host=" + host + ", port=" + port + ", config=" + configFile + ", data=" + dataDir + "]";
    }
}
