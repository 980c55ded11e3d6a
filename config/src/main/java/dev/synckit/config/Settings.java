package dev.synckit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole configuration of a synckit service, validated. Obtain it from {@link ConfigLoader#load} or
 * {@link AppProfile}; a hand-made instance is validated when it passes through {@link AppProfile#of(Settings)}.
 *
 * @param eventSecret bearer secret of {@code POST /events/new-version}; empty means the endpoint refuses everyone
 * @param apiToken    bearer token of the deployments API; empty means the API refuses everyone
 * @param targets     the deployable targets by name, in the order they were declared
 * @param build       build identity overrides for {@code /verify}
 * @param login       "Log in with Discord" and browser sessions
 * @param retention   how long the store keeps each kind of row
 */
public record Settings(
        ServiceSettings service,
        DiscordSettings discord,
        HttpSettings http,
        StoreSettings store,
        Secret eventSecret,
        Secret apiToken,
        Map<String, TargetSettings> targets,
        BuildIdentity build,
        LoginSettings login,
        RetentionSettings retention) {

    public Settings {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(eventSecret, "eventSecret");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(retention, "retention");
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** Settings with the default retention. */
    public Settings(ServiceSettings service, DiscordSettings discord, HttpSettings http, StoreSettings store,
            Secret eventSecret, Secret apiToken, Map<String, TargetSettings> targets, BuildIdentity build,
            LoginSettings login) {
        this(service, discord, http, store, eventSecret, apiToken, targets, build, login, RetentionSettings.defaults());
    }

    /** Settings with login off (see {@link LoginSettings#off}). */
    public Settings(ServiceSettings service, DiscordSettings discord, HttpSettings http, StoreSettings store,
            Secret eventSecret, Secret apiToken, Map<String, TargetSettings> targets, BuildIdentity build) {
        this(service, discord, http, store, eventSecret, apiToken, targets, build, LoginSettings.off(discord.apiUrl()));
    }

    public Optional<TargetSettings> target(String name) {
        return Optional.ofNullable(targets.get(name));
    }

    /** A multi-line summary for the start-up log; secrets show only as set or unset. */
    public String describe() {
        return SettingsSummary.of(this);
    }
}
