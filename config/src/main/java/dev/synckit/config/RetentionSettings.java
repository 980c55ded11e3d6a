package dev.synckit.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the store keeps each kind of row; {@link Duration#ZERO} keeps it for ever. Expired browser sessions and
 * login attempts have no setting: they are useless the moment they expire.
 *
 * @param events      new-version events, by when they were received
 * @param deployments finished deployments with their steps and logs, by when they finished; a target's last
 *                    succeeded deployment always stays (rollback and the status board need it)
 * @param logs        the full log of finished deployments, by when they finished; the deployment row stays
 * @param audit       audit log lines
 */
public record RetentionSettings(Duration events, Duration deployments, Duration logs, Duration audit) {

    public static final Duration DEFAULT_EVENTS = Duration.ofDays(90);
    public static final Duration DEFAULT_DEPLOYMENTS = Duration.ofDays(365);
    public static final Duration DEFAULT_LOGS = Duration.ofDays(90);
    public static final Duration DEFAULT_AUDIT = Duration.ofDays(365);

    public RetentionSettings {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(audit, "audit");
    }

    public static RetentionSettings defaults() {
        return new RetentionSettings(DEFAULT_EVENTS, DEFAULT_DEPLOYMENTS, DEFAULT_LOGS, DEFAULT_AUDIT);
    }
}
