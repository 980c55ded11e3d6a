package dev.synckit.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting the loader knows: its YAML path and its environment variable. The strict walk of the YAML file
 * accepts exactly these paths, and {@code config/README.md} must list exactly these (a test holds it to that).
 * In a path, {@code *} stands for a target's name; the target keys' environment variables apply to target
 * {@code default} only. A key ending in {@code _env} names the environment variable that holds a secret.
 */
enum ConfigKey {
    NAME("name", null, Shape.TEXT),
    REPO_URL("repo_url", null, Shape.TEXT),
    DISCORD_TOKEN_ENV("discord.token_env", "DISCORD_TOKEN", Shape.SECRET),
    DISCORD_APP_ID("discord.app_id", "DISCORD_APP_ID", Shape.TEXT),
    DISCORD_GUILD_ID("discord.guild_id", "DISCORD_GUILD_ID", Shape.TEXT),
    DISCORD_API_URL("discord.api_url", "DISCORD_API_URL", Shape.TEXT),
    DISCORD_GATEWAY_URL("discord.gateway_url", "DISCORD_GATEWAY_URL", Shape.TEXT),
    DISCORD_DEPLOY_CHANNEL_ID("discord.deploy_channel_id", "DISCORD_DEPLOY_CHANNEL_ID", Shape.TEXT),
    DISCORD_STATUS_CHANNEL_ID("discord.status_channel_id", "DISCORD_STATUS_CHANNEL_ID", Shape.TEXT),
    DISCORD_PLAYGROUND("discord.playground", "SYNCKIT_PLAYGROUND", Shape.TEXT),
    DISCORD_MAINTAINER_ROLE_IDS("discord.maintainer_role_ids", "DISCORD_MAINTAINER_ROLE_IDS", Shape.LIST),
    HTTP_HOST("http.host", "SYNCKIT_HTTP_HOST", Shape.TEXT),
    HTTP_PORT("http.port", "SYNCKIT_HTTP_PORT", Shape.TEXT),
    HTTP_PUBLIC_URL("http.public_url", "SYNCKIT_PUBLIC_URL", Shape.TEXT),
    STORE_DATA_DIR("store.data_dir", "SYNCKIT_DATA_DIR", Shape.TEXT),
    STORE_URL("store.url", "SYNCKIT_DB_URL", Shape.TEXT),
    STORE_USER("store.user", "SYNCKIT_DB_USER", Shape.TEXT),
    STORE_PASSWORD_ENV("store.password_env", "SYNCKIT_DB_PASSWORD", Shape.SECRET),
    EVENTS_SECRET_ENV("events.secret_env", "SYNCKIT_EVENT_SECRET", Shape.SECRET),
    API_TOKEN_ENV("api.token_env", "SYNCKIT_API_TOKEN", Shape.SECRET),
    LOGIN_CLIENT_ID("login.client_id", "DISCORD_CLIENT_ID", Shape.TEXT),
    LOGIN_CLIENT_SECRET_ENV("login.client_secret_env", "DISCORD_CLIENT_SECRET", Shape.SECRET),
    LOGIN_REDIRECT_URL("login.redirect_url", "SYNCKIT_LOGIN_REDIRECT_URL", Shape.TEXT),
    LOGIN_AUTHORIZE_URL("login.authorize_url", "DISCORD_OAUTH_AUTHORIZE_URL", Shape.TEXT),
    LOGIN_TOKEN_URL("login.token_url", "DISCORD_OAUTH_TOKEN_URL", Shape.TEXT),
    LOGIN_SESSION_IDLE("login.session_idle", "SYNCKIT_SESSION_IDLE", Shape.TEXT),
    LOGIN_SESSION_MAX("login.session_max", "SYNCKIT_SESSION_MAX", Shape.TEXT),
    RETENTION_EVENTS("retention.events", "SYNCKIT_RETENTION_EVENTS", Shape.TEXT),
    RETENTION_DEPLOYMENTS("retention.deployments", "SYNCKIT_RETENTION_DEPLOYMENTS", Shape.TEXT),
    RETENTION_LOGS("retention.logs", "SYNCKIT_RETENTION_LOGS", Shape.TEXT),
    RETENTION_AUDIT("retention.audit", "SYNCKIT_RETENTION_AUDIT", Shape.TEXT),
    TARGET_AGENT_URL("targets.*.agent_url", "DEPLOY_AGENT_URL", Shape.TEXT),
    TARGET_AGENT_SECRET_ENV("targets.*.agent_secret_env", "DEPLOY_AGENT_SECRET", Shape.SECRET),
    TARGET_PIPELINE("targets.*.pipeline", null, Shape.TEXT),
    TARGET_CONFIRM("targets.*.confirm", null, Shape.TEXT),
    TARGET_ON_NEW_VERSION("targets.*.on_new_version", null, Shape.TEXT),
    TARGET_PACKAGES("targets.*.packages", null, Shape.LIST),
    BUILD_VERSION("build.version", "BUILD_VERSION", Shape.TEXT),
    BUILD_SHA256("build.sha256", "BUILD_SHA256", Shape.TEXT),
    BUILD_DATE("build.date", "BUILD_DATE", Shape.TEXT);

    /** How a key's value is written: one scalar, a list (comma-separated in the environment), or a secret's env name. */
    enum Shape { TEXT, LIST, SECRET }

    static final String TARGETS = "targets";

    private final String path;
    private final String env;
    private final Shape shape;

    ConfigKey(String path, String env, Shape shape) {
        this.path = path;
        this.env = env;
        this.shape = shape;
    }

    /** The YAML path, {@code *} standing for a target name. */
    String path() {
        return path;
    }

    Optional<String> env() {
        return Optional.ofNullable(env);
    }

    Shape shape() {
        return shape;
    }

    boolean perTarget() {
        return path.startsWith(TARGETS + ".*.");
    }

    /**
     * Where a secret's value sits once resolved: the path without {@code _env}. Writing a key of that name in the
     * file is refused, so that no secret is ever kept in a file.
     */
    String secretPath() {
        return path.substring(0, path.length() - "_env".length());
    }

    /** This key's path for one target, e.g. {@code targets.prod.agent_url}. */
    String pathFor(String target) {
        return path.replace("*", target);
    }

    /** The secret's resolved-value path for one target. */
    String secretPathFor(String target) {
        return secretPath().replace("*", target);
    }

    static Optional<ConfigKey> byPath(String wildcardPath) {
        return Arrays.stream(values()).filter(key -> key.path.equals(wildcardPath)).findFirst();
    }

    /** The keys written directly inside the mapping at {@code section} ("" for the top level). */
    static List<String> childrenOf(String section) {
        var prefix = section.isEmpty() ? "" : section + ".";
        return Arrays.stream(values()).map(ConfigKey::path).filter(p -> p.startsWith(prefix))
                .map(p -> p.substring(prefix.length()).split("\\.")[0]).distinct().toList();
    }
}
