package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retention:}: defaults, days in the file, {@code 0} for ever, the environment over the file, bad values named. */
class RetentionSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsKeepEventsAndLogs90DaysDeploymentsAndAuditAYear() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of());

        assertEquals(new RetentionSettings(Duration.ofDays(90), Duration.ofDays(365), Duration.ofDays(90),
                Duration.ofDays(365)), settings.retention());
        assertEquals(true, settings.describe().contains("retention: events 90d, deployments 365d, logs 90d,"
                + " audit 365d"), settings.describe());
    }

    @Test
    void theFileSaysDaysOrZeroAndTheEnvironmentWins() {
        var file = YamlFiles.write(dir, """
                retention:
                  events: 30d
                  deployments: 0
                  logs: 12h
                  audit: 400d
                """);

        var retention = YamlFiles.load(file, Map.of("SYNCKIT_RETENTION_AUDIT", "0")).retention();

        assertEquals(new RetentionSettings(Duration.ofDays(30), Duration.ZERO, Duration.ofHours(12), Duration.ZERO),
                retention);
    }

    @Test
    void aBadValueIsNamedWithItsKey() {
        var file = YamlFiles.write(dir, """
                retention:
                  events: 3 months
                """);

        var error = assertThrows(ConfigException.class, () -> YamlFiles.load(file,
                Map.of("SYNCKIT_RETENTION_LOGS", "-1d")));

        assertEquals(true, error.getMessage().contains("retention.events: not 0 (keep for ever) or a duration of"
                + " at least 1s (such as 90d, 12h, 30m): \"3 months\""), error.getMessage());
        assertEquals(true, error.getMessage().contains("env SYNCKIT_RETENTION_LOGS: retention.logs: not 0"),
                error.getMessage());
    }

    @Test
    void codeGivesTheSameSettingsAsTheFileZeroIncluded() {
        var retention = new RetentionSettings(Duration.ofDays(7), Duration.ZERO, Duration.ofHours(1),
                Duration.ofDays(30));

        assertEquals(retention, AppProfile.builder().retention(retention).build().settings().retention());
        assertEquals(retention, AppProfile.of(AppProfile.builder().retention(retention).build().settings())
                .settings().retention());
    }
}
