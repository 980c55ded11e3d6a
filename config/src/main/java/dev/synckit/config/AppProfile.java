package dev.synckit.config;

import static dev.synckit.config.ConfigKey.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an application hands to synckit: the {@link Settings} and the application's own hooks. The standalone
 * service builds it from the file and the environment ({@link #fromEnvironment}); an application that embeds
 * synckit builds it in code with {@link #builder()}. Both are validated by the same code, with the same messages.
 *
 * @param newVersionHandlers the application's reactions to a new upstream version, in the order added
 * @param migrations         the application's own Flyway location (e.g. {@code classpath:db/myapp}), run with its
 *                           own history table
 * @param extensions         routes, commands and the like that the application adds
 */
public record AppProfile(
        Settings settings,
        List<NewVersionHandler> newVersionHandlers,
        Optional<String> migrations,
        List<AppExtension> extensions) {

    public AppProfile {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(migrations, "migrations");
        newVersionHandlers = List.copyOf(newVersionHandlers);
        extensions = List.copyOf(extensions);
    }

    /** The standalone service's profile: {@link ConfigLoader#load} and no application hooks. */
    public static AppProfile fromEnvironment(Optional<Path> explicitConfig, Map<String, String> env) {
        return of(ConfigLoader.load(explicitConfig, env));
    }

    /** A profile of {@code settings}, validated like a file's, and no application hooks. */
    public static AppProfile of(Settings settings) {
        return builder().settings(settings).build();
    }

    /** A builder that starts from the embedded defaults and reads no environment unless told to. */
    public static Builder builder() {
        return new Builder();
    }

    /** The extensions of one kind, e.g. {@code extensions(RouteExtension.class)} in the webserver module. */
    public <T extends AppExtension> List<T> extensions(Class<T> kind) {
        return extensions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Builds an {@link AppProfile}; a later call for the same setting replaces the earlier one. */
    public static final class Builder {

        private final CodeLayer values = new CodeLayer();
        private final List<NewVersionHandler> handlers = new ArrayList<>();
        private final List<AppExtension> extensions = new ArrayList<>();
        private Map<String, String> env = Map.of();
        private String migrations;

        private Builder() {
        }

        /** Replaces every setting given so far with those of {@code settings}. */
        public Builder settings(Settings settings) {
            values.settings(settings);
            return this;
        }

        /**
         * Reads the environment variables of the configuration reference over the values given in code, as the
         * standalone service does over its file; secrets named by {@code _env} keys are looked up in it too.
         */
        public Builder environment(Map<String, String> env) {
            this.env = Map.copyOf(env);
            return this;
        }

        public Builder name(String name) {
            values.text(NAME, name);
            return this;
        }

        public Builder repoUrl(String url) {
            values.text(REPO_URL, url);
            return this;
        }

        public Builder discordToken(String token) {
            values.secret(DISCORD_TOKEN_ENV, Secret.of(token));
            return this;
        }

        public Builder appId(String snowflake) {
            values.text(DISCORD_APP_ID, snowflake);
            return this;
        }

        public Builder guildId(String snowflake) {
            values.text(DISCORD_GUILD_ID, snowflake);
            return this;
        }

        public Builder discordApiUrl(String url) {
            values.text(DISCORD_API_URL, url);
            return this;
        }

        public Builder discordGatewayUrl(String url) {
            values.text(DISCORD_GATEWAY_URL, url);
            return this;
        }

        public Builder deployChannelId(String snowflake) {
            values.text(DISCORD_DEPLOY_CHANNEL_ID, snowflake);
            return this;
        }

        /** Whether, without a token, the playground may run (on a loopback address); true unless turned off. */
        public Builder playground(boolean allowed) {
            values.text(DISCORD_PLAYGROUND, allowed);
            return this;
        }

        /** The channel of the status board (one message, kept current); unset: no board. */
        public Builder statusChannelId(String snowflake) {
            values.text(DISCORD_STATUS_CHANNEL_ID, snowflake);
            return this;
        }

        public Builder maintainerRoleIds(List<String> snowflakes) {
            values.list(DISCORD_MAINTAINER_ROLE_IDS, snowflakes);
            return this;
        }

        public Builder httpHost(String host) {
            values.text(HTTP_HOST, host);
            return this;
        }

        /** The port to bind; 0 for any free port. */
        public Builder httpPort(int port) {
            values.text(HTTP_PORT, port);
            return this;
        }

        public Builder publicUrl(String url) {
            values.text(HTTP_PUBLIC_URL, url);
            return this;
        }

        public Builder dataDir(Path dataDir) {
            values.text(STORE_DATA_DIR, dataDir);
            return this;
        }

        public Builder dbUrl(String jdbcUrl) {
            values.text(STORE_URL, jdbcUrl);
            return this;
        }

        public Builder dbUser(String user) {
            values.text(STORE_USER, user);
            return this;
        }

        public Builder dbPassword(String password) {
            values.secret(STORE_PASSWORD_ENV, Secret.of(password));
            return this;
        }

        public Builder eventSecret(String secret) {
            values.secret(EVENTS_SECRET_ENV, Secret.of(secret));
            return this;
        }

        public Builder apiToken(String token) {
            values.secret(API_TOKEN_ENV, Secret.of(token));
            return this;
        }

        /** The OAuth2 client id of "Log in with Discord"; the application id when not given. */
        public Builder loginClientId(String snowflake) {
            values.text(LOGIN_CLIENT_ID, snowflake);
            return this;
        }

        /** The OAuth2 client secret; login is off without it. */
        public Builder loginClientSecret(String secret) {
            values.secret(LOGIN_CLIENT_SECRET_ENV, Secret.of(secret));
            return this;
        }

        /** Where Discord sends the browser back; {@code <public URL>/auth/callback} when not given. */
        public Builder loginRedirectUrl(String url) {
            values.text(LOGIN_REDIRECT_URL, url);
            return this;
        }

        public Builder oauthAuthorizeUrl(String url) {
            values.text(LOGIN_AUTHORIZE_URL, url);
            return this;
        }

        public Builder oauthTokenUrl(String url) {
            values.text(LOGIN_TOKEN_URL, url);
            return this;
        }

        /** A session unused this long ends; at least a second. */
        public Builder sessionIdle(Duration idle) {
            values.duration(LOGIN_SESSION_IDLE, idle);
            return this;
        }

        /** A session ends this long after its login, however much it is used. */
        public Builder sessionMax(Duration max) {
            values.duration(LOGIN_SESSION_MAX, max);
            return this;
        }

        /** How long the store keeps each kind of row. */
        public Builder retention(RetentionSettings retention) {
            values.retention(retention);
            return this;
        }

        /** Adds the target, or replaces the one of the same name. */
        public Builder target(TargetSettings target) {
            values.target(target);
            return this;
        }

        public Builder buildIdentity(BuildIdentity build) {
            values.build(build);
            return this;
        }

        public Builder onNewVersion(NewVersionHandler handler) {
            handlers.add(Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** The application's own Flyway location, such as {@code classpath:db/myapp}. */
        public Builder migrations(String location) {
            migrations = Objects.requireNonNull(location, "location");
            return this;
        }

        public Builder extension(AppExtension extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /**
         * The validated profile.
         *
         * @throws ConfigException naming every bad setting; a value set here shows as source {@code AppProfile}
         */
        public AppProfile build() {
            var problems = new Problems();
            Optional<String> location = Optional.empty();
            if (migrations != null) {
                try {
                    location = Optional.of(ValueSyntax.migrationLocation(migrations));
                } catch (ValueSyntax.Invalid invalid) {
                    problems.add(Origin.code(), "migrations", invalid.getMessage());
                }
            }
            var settings = SettingsReader.read(values.raw().overlay(EnvironmentLayer.read(env)), env, problems);
            return new AppProfile(settings, handlers, location, extensions);
        }
    }
}
