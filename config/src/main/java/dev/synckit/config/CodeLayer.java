package dev.synckit.config;

import static dev.synckit.config.ConfigKey.*;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Values given in Java through {@link AppProfile.Builder}, written as a layer like the file's, so that
 * {@link SettingsReader} checks them exactly as it checks the file. A later call replaces an earlier one.
 */
final class CodeLayer {

    private RawConfig layer = new RawConfig();

    RawConfig raw() {
        return layer;
    }

    void text(ConfigKey key, Object value) {
        layer.put(key.path(), new RawValue.Text(String.valueOf(value), Origin.code()));
    }

    void list(ConfigKey key, List<String> values) {
        layer.put(key.path(), new RawValue.Items(values, Origin.code()));
    }

    void secret(ConfigKey key, Secret value) {
        layer.put(key.secretPath(), new RawValue.Hidden(value, Origin.code()));
    }

    /** Declares the target, or replaces every value of the one declared under the same name. */
    void target(TargetSettings target) {
        var name = target.name();
        for (var key : ConfigKey.values()) {
            if (key.perTarget()) {
                layer.remove(key.pathFor(name));
                layer.remove(key.secretPathFor(name));
            }
        }
        layer.declareTarget(name, Origin.code());
        put(TARGET_AGENT_URL.pathFor(name), Optional.of(target.agentUrl()));
        layer.put(TARGET_AGENT_SECRET_ENV.secretPathFor(name), new RawValue.Hidden(target.agentSecret(), Origin.code()));
        put(TARGET_PIPELINE.pathFor(name), target.pipeline());
        put(TARGET_CONFIRM.pathFor(name), Optional.of(target.confirm()));
        put(TARGET_ON_NEW_VERSION.pathFor(name), Optional.of(target.onNewVersion().yamlName()));
        layer.put(TARGET_PACKAGES.pathFor(name), new RawValue.Items(target.packages(), Origin.code()));
    }

    /** Starts over from {@code settings}: every value of this layer is replaced by the one in {@code settings}. */
    void settings(Settings settings) {
        layer = new RawConfig();
        text(NAME, settings.service().name());
        put(REPO_URL.path(), settings.service().repoUrl());
        var discord = settings.discord();
        secret(DISCORD_TOKEN_ENV, discord.token());
        put(DISCORD_APP_ID.path(), discord.appId());
        put(DISCORD_GUILD_ID.path(), discord.guildId());
        text(DISCORD_API_URL, discord.apiUrl());
        text(DISCORD_GATEWAY_URL, discord.gatewayUrl());
        put(DISCORD_DEPLOY_CHANNEL_ID.path(), discord.deployChannelId());
        list(DISCORD_MAINTAINER_ROLE_IDS, discord.maintainerRoleIds());
        put(DISCORD_STATUS_CHANNEL_ID.path(), discord.statusChannelId());
        text(DISCORD_PLAYGROUND, discord.playgroundAllowed());
        text(HTTP_HOST, settings.http().host());
        text(HTTP_PORT, settings.http().port());
        put(HTTP_PUBLIC_URL.path(), settings.http().publicUrl());
        var store = settings.store();
        text(STORE_DATA_DIR, store.dataDir());
        text(STORE_URL, store.url());
        text(STORE_USER, store.user());
        secret(STORE_PASSWORD_ENV, store.password());
        secret(EVENTS_SECRET_ENV, settings.eventSecret());
        secret(API_TOKEN_ENV, settings.apiToken());
        settings.targets().values().forEach(this::target);
        build(settings.build());
        login(settings.login());
        retention(settings.retention());
    }

    void retention(RetentionSettings retention) {
        retention(RETENTION_EVENTS, retention.events());
        retention(RETENTION_DEPLOYMENTS, retention.deployments());
        retention(RETENTION_LOGS, retention.logs());
        retention(RETENTION_AUDIT, retention.audit());
    }

    /** {@code 0} is "keep for ever"; whole seconds, since a year in milliseconds has more digits than a value may. */
    private void retention(ConfigKey key, Duration value) {
        if (value.isZero()) {
            text(key, "0");
        } else if (value.toMillisPart() == 0) {
            text(key, value.toSeconds() + "s");
        } else {
            duration(key, value);
        }
    }

    private void login(LoginSettings login) {
        put(LOGIN_CLIENT_ID.path(), login.clientId());
        secret(LOGIN_CLIENT_SECRET_ENV, login.clientSecret());
        put(LOGIN_REDIRECT_URL.path(), login.redirectUrl());
        text(LOGIN_AUTHORIZE_URL, login.authorizeUrl());
        text(LOGIN_TOKEN_URL, login.tokenUrl());
        duration(LOGIN_SESSION_IDLE, login.sessionIdle());
        duration(LOGIN_SESSION_MAX, login.sessionMax());
    }

    /** Written as the file would hold it, in milliseconds so that nothing is rounded. */
    void duration(ConfigKey key, Duration value) {
        text(key, value.toMillis() + "ms");
    }

    void build(BuildIdentity build) {
        put(BUILD_VERSION.path(), build.version());
        put(BUILD_SHA256.path(), build.sha256());
        put(BUILD_DATE.path(), build.date());
    }

    private void put(String path, Optional<?> value) {
        value.ifPresentOrElse(v -> layer.put(path, new RawValue.Text(String.valueOf(v), Origin.code())),
                () -> layer.remove(path));
    }
}
