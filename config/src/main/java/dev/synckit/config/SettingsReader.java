package dev.synckit.config;

import static dev.synckit.config.ConfigKey.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns stacked layers into {@link Settings}: applies defaults, checks every value with {@link ValueSyntax} and
 * resolves secrets from the environment. The file, the environment and {@link AppProfile} all pass through here,
 * so a value is judged the same wherever it was written.
 */
final class SettingsReader {

    static final String DEFAULT_NAME = "synckit";

    @FunctionalInterface
    private interface Syntax<T> {
        T parse(String text) throws ValueSyntax.Invalid;
    }

    private final RawConfig raw;
    private final Map<String, String> env;
    private final Problems problems;

    private SettingsReader(RawConfig raw, Map<String, String> env, Problems problems) {
        this.raw = raw;
        this.env = env;
        this.problems = problems;
    }

    /** The settings, or a {@link ConfigException} with every problem found, including the ones already in {@code problems}. */
    static Settings read(RawConfig raw, Map<String, String> env, Problems problems) {
        var settings = new SettingsReader(raw, env, problems).settings();
        problems.throwIfAny();
        return settings;
    }

    private Settings settings() {
        var service = new ServiceSettings(
                text(NAME.path(), ValueSyntax::line).orElse(DEFAULT_NAME),
                text(REPO_URL.path(), ValueSyntax::httpUrl));
        var discord = new DiscordSettings(
                secret(DISCORD_TOKEN_ENV, ""),
                text(DISCORD_APP_ID.path(), ValueSyntax::snowflake),
                text(DISCORD_GUILD_ID.path(), ValueSyntax::snowflake),
                text(DISCORD_API_URL.path(), ValueSyntax::discordApiUrl).orElse(DiscordSettings.DEFAULT_API_URL),
                text(DISCORD_GATEWAY_URL.path(), ValueSyntax::websocketUrl)
                        .orElse(DiscordSettings.DEFAULT_GATEWAY_URL),
                text(DISCORD_DEPLOY_CHANNEL_ID.path(), ValueSyntax::snowflake),
                list(DISCORD_MAINTAINER_ROLE_IDS.path(), ValueSyntax::snowflake),
                text(DISCORD_STATUS_CHANNEL_ID.path(), ValueSyntax::snowflake),
                text(DISCORD_PLAYGROUND.path(), ValueSyntax::bool).orElse(true));
        var http = new HttpSettings(
                text(HTTP_HOST.path(), ValueSyntax::host).orElse(HttpSettings.DEFAULT_HOST),
                text(HTTP_PORT.path(), ValueSyntax::port).orElse(HttpSettings.DEFAULT_PORT),
                text(HTTP_PUBLIC_URL.path(), ValueSyntax::baseUrl));
        var dataDir = text(STORE_DATA_DIR.path(), ValueSyntax::path).orElse(StoreSettings.DEFAULT_DATA_DIR);
        var store = new StoreSettings(
                dataDir,
                text(STORE_URL.path(), ValueSyntax::jdbcUrl).orElseGet(() -> StoreSettings.h2Url(dataDir)),
                text(STORE_USER.path(), ValueSyntax::line).orElse(""),
                secret(STORE_PASSWORD_ENV, ""));
        var targets = new LinkedHashMap<String, TargetSettings>();
        raw.targets().forEach((name, declared) -> target(name, declared).ifPresent(t -> targets.put(name, t)));
        var build = new BuildIdentity(
                text(BUILD_VERSION.path(), ValueSyntax::line),
                text(BUILD_SHA256.path(), ValueSyntax::line),
                text(BUILD_DATE.path(), ValueSyntax::line));
        return new Settings(service, discord, http, store, secret(EVENTS_SECRET_ENV, ""), secret(API_TOKEN_ENV, ""),
                targets, build, login(discord), retention());
    }

    private RetentionSettings retention() {
        return new RetentionSettings(
                text(RETENTION_EVENTS.path(), ValueSyntax::retention).orElse(RetentionSettings.DEFAULT_EVENTS),
                text(RETENTION_DEPLOYMENTS.path(), ValueSyntax::retention)
                        .orElse(RetentionSettings.DEFAULT_DEPLOYMENTS),
                text(RETENTION_LOGS.path(), ValueSyntax::retention).orElse(RetentionSettings.DEFAULT_LOGS),
                text(RETENTION_AUDIT.path(), ValueSyntax::retention).orElse(RetentionSettings.DEFAULT_AUDIT));
    }

    private LoginSettings login(DiscordSettings discord) {
        var clientSecret = secret(LOGIN_CLIENT_SECRET_ENV, "");
        var clientId = text(LOGIN_CLIENT_ID.path(), ValueSyntax::snowflake).or(discord::appId);
        if (!clientSecret.isEmpty() && clientId.isEmpty()) {
            problems.add(originOf(LOGIN_CLIENT_SECRET_ENV.secretPath(), LOGIN_CLIENT_SECRET_ENV.path()),
                    LOGIN_CLIENT_ID.path(), "missing: login needs the OAuth2 client id; set DISCORD_APP_ID or"
                            + " DISCORD_CLIENT_ID");
        }
        var idle = text(LOGIN_SESSION_IDLE.path(), ValueSyntax::positiveDuration)
                .orElse(LoginSettings.DEFAULT_SESSION_IDLE);
        var max = text(LOGIN_SESSION_MAX.path(), ValueSyntax::positiveDuration)
                .orElse(LoginSettings.DEFAULT_SESSION_MAX);
        if (max.compareTo(idle) < 0) {
            problems.add(originOf(LOGIN_SESSION_MAX.path(), LOGIN_SESSION_IDLE.path()), LOGIN_SESSION_MAX.path(),
                    "shorter than login.session_idle: a session could never be idle that long");
        }
        return new LoginSettings(clientId, clientSecret,
                text(LOGIN_REDIRECT_URL.path(), ValueSyntax::httpUrl),
                text(LOGIN_AUTHORIZE_URL.path(), ValueSyntax::httpUrl)
                        .orElseGet(() -> LoginSettings.authorizeUrlOf(discord.apiUrl())),
                text(LOGIN_TOKEN_URL.path(), ValueSyntax::httpUrl)
                        .orElseGet(() -> LoginSettings.tokenUrlOf(discord.apiUrl())),
                idle, max);
    }

    /** Where the first of {@code paths} that is set was written, to point a problem about their combination at. */
    private Origin originOf(String... paths) {
        for (var path : paths) {
            var value = raw.get(path);
            if (value.isPresent()) {
                return value.get().origin();
            }
        }
        return Origin.code();
    }

    private Optional<TargetSettings> target(String name, Origin declared) {
        var urlPath = TARGET_AGENT_URL.pathFor(name);
        var agentUrl = text(urlPath, ValueSyntax::baseUrl);
        if (!present(urlPath)) {
            problems.add(declared, urlPath, "missing: the base URL of this target's deploy agent");
        }
        var secret = secret(TARGET_AGENT_SECRET_ENV, name);
        if (secret.isEmpty() && !present(TARGET_AGENT_SECRET_ENV.pathFor(name))) {
            problems.add(declared, TARGET_AGENT_SECRET_ENV.pathFor(name), "missing: the agent's secret is required;"
                    + (name.equals(TargetSettings.DEFAULT_NAME) ? " set DEPLOY_AGENT_SECRET, or" : "")
                    + " name the environment variable that holds it here");
        }
        var pipeline = text(TARGET_PIPELINE.pathFor(name), ValueSyntax::name);
        var confirm = text(TARGET_CONFIRM.pathFor(name), ValueSyntax::bool).orElse(false);
        var policy = text(TARGET_ON_NEW_VERSION.pathFor(name), ValueSyntax::newVersionPolicy)
                .orElse(NewVersionPolicy.ANNOUNCE);
        var packages = list(TARGET_PACKAGES.pathFor(name), ValueSyntax::packageName);
        return agentUrl.map(url -> new TargetSettings(name, url, secret, pipeline, confirm, policy, packages));
    }

    /**
     * A secret: its value when a layer holds it (the environment, or code), else the value of the environment
     * variable that the {@code _env} key names. A named variable that is unset is an error: the operator asked
     * for a secret and would otherwise run without one.
     */
    private Secret secret(ConfigKey key, String target) {
        if (raw.get(key.secretPathFor(target)).orElse(null) instanceof RawValue.Hidden hidden) {
            return hidden.secret();
        }
        var namePath = key.pathFor(target);
        var variable = text(namePath, ValueSyntax::envName);
        if (variable.isEmpty()) {
            return Secret.empty();
        }
        var value = Secret.of(env.get(variable.get()));
        if (value.isEmpty()) {
            problems.add(raw.get(namePath).orElseThrow().origin(), namePath,
                    "environment variable " + variable.get() + " is not set");
        }
        return value;
    }

    private boolean present(String path) {
        return switch (raw.get(path).orElse(null)) {
            case null -> false;
            case RawValue.Text text -> !text.text().isBlank();
            case RawValue.Items ignored -> true;
            case RawValue.Hidden hidden -> !hidden.secret().isEmpty();
        };
    }

    /** A single value; blank counts as unset, and a bad one is reported and read as unset. */
    private <T> Optional<T> text(String path, Syntax<T> syntax) {
        return switch (raw.get(path).orElse(null)) {
            case null -> Optional.empty();
            case RawValue.Text text when text.text().isBlank() -> Optional.empty();
            case RawValue.Text text -> parsed(path, text.text().strip(), text.origin(), syntax);
            case RawValue.Items items -> {
                problems.add(items.origin(), path, "expected a single value, not a list");
                yield Optional.empty();
            }
            case RawValue.Hidden hidden -> {
                problems.add(hidden.origin(), path, "expected a single value, not a secret");
                yield Optional.empty();
            }
        };
    }

    private <T> List<T> list(String path, Syntax<T> syntax) {
        var items = switch (raw.get(path).orElse(null)) {
            case null -> List.<String>of();
            case RawValue.Items list -> list.items();
            case RawValue.Text text -> List.of(text.text().split(","));
            case RawValue.Hidden hidden -> {
                problems.add(hidden.origin(), path, "expected a list, not a secret");
                yield List.<String>of();
            }
        };
        var origin = raw.get(path).map(RawValue::origin).orElse(null);
        var values = new ArrayList<T>();
        for (var item : items) {
            if (!item.isBlank()) {
                parsed(path, item.strip(), origin, syntax).ifPresent(values::add);
            }
        }
        return values;
    }

    private <T> Optional<T> parsed(String path, String text, Origin origin, Syntax<T> syntax) {
        try {
            return Optional.of(syntax.parse(text));
        } catch (ValueSyntax.Invalid invalid) {
            problems.add(origin, path, invalid.getMessage());
            return Optional.empty();
        }
    }
}
