package dev.synckit.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.synckit.core.store.StoreUnavailableException;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date before the store serves: synckit's migrations, then the embedding application's,
 * each with its own history table so that their version numbers never meet. Flyway locks the schema while it
 * migrates (two replicas starting together take turns) and refuses to start when an applied migration changed.
 * Flyway runs only when a set differs from the one it last brought the schema up to date with (its
 * {@link MigrationFingerprint}): on an up-to-date schema a start skips Flyway's scan and validation.
 */
final class Migrations {

    static final String SYNCKIT_LOCATION = "classpath:db/synckit";
    static final String SYNCKIT_HISTORY = "synckit_schema_history";
    static final String CONSUMER_HISTORY = "app_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void run(PoolSettings settings) {
        try (var dataSource = new HikariDataSource(new HikariConfig(settings.migrationPool()))) {
            applyWhenChanged(dataSource, SYNCKIT_LOCATION, SYNCKIT_HISTORY);
            settings.connection().consumerMigrations().ifPresent(location ->
                    applyWhenChanged(dataSource, location, CONSUMER_HISTORY));
        } catch (StoreUnavailableException | IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreFailures.translate("opening the store for migrations", e);
        }
    }

    /**
     * synckit's migrations up to {@code version} and no further: a restore fills the schema its backup was taken
     * from, and the next start of the service upgrades it as it upgrades any store.
     */
    static void migrateSynckitTo(DataSource dataSource, String version) {
        apply(dataSource, SYNCKIT_LOCATION, SYNCKIT_HISTORY, MigrationVersion.fromVersion(version));
    }

    private static void applyWhenChanged(DataSource dataSource, String location, String historyTable) {
        var fingerprint = MigrationFingerprint.of(Migrations.class.getClassLoader(), location, historyTable);
        if (fingerprint.isPresent() && fingerprint.equals(AppliedFingerprints.recorded(dataSource, historyTable))) {
            LOG.info("schema {} ({}): the same migrations as when it was last migrated, Flyway not run", location,
                    historyTable);
            return;
        }
        apply(dataSource, location, historyTable, MigrationVersion.LATEST);
        fingerprint.ifPresent(applied -> {
            try {
                AppliedFingerprints.record(dataSource, historyTable, applied);
            } catch (SQLException e) {
                // the schema is up to date all the same; the next start runs Flyway once more
                LOG.warn("schema {} ({}): could not record its migrations' fingerprint: {}", location, historyTable,
                        e.getMessage());
            }
        });
    }

    /** Flyway set up for one set of migrations and its history table. */
    static FluentConfiguration flyway(DataSource dataSource, String location, String historyTable) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .failOnMissingLocations(true);
    }

    private static void apply(DataSource dataSource, String location, String historyTable, MigrationVersion target) {
        try {
            var result = flyway(dataSource, location, historyTable)
                    .target(target)
                    .validateOnMigrate(true)
                    // the schema may already hold the other set's tables (or anything else): start from zero anyway
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            // with nothing to apply Flyway reports no target: the schema stays at its initial version
            LOG.info("schema {} ({}): {} migration(s) applied, now at version {}", location, historyTable,
                    result.migrationsExecuted, Optional.ofNullable(result.targetSchemaVersion)
                            .or(() -> Optional.ofNullable(result.initialSchemaVersion)).orElse("none"));
        } catch (FlywayValidateException e) {
            throw new IllegalStateException("store migrations " + location + " (history table " + historyTable
                    + ") do not match what was applied; restore the applied migration files: " + e.getMessage(), e);
        } catch (FlywayException e) {
            if (StoreFailures.isUnavailable(e)) {
                throw StoreFailures.translate("migrating " + location, e);
            }
            throw new IllegalStateException("store migrations " + location + " (history table " + historyTable
                    + ") failed: " + e.getMessage(), e);
        }
    }
}
