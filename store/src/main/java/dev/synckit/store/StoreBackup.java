package dev.synckit.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.synckit.core.store.StoreSnapshot;
import dev.synckit.core.store.StoreUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of synckit's tables (not an embedding application's) as one portable file, on H2 or
 * PostgreSQL alike: a backup taken on one restores on the other, which is how a store moves to PostgreSQL.
 */
public final class StoreBackup {

    /** The longest one statement of a backup or restore may run: reading, deleting or counting a whole table. */
    static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);
    /** H2: "Database may be already in use" — another process holds the file. */
    private static final int H2_DATABASE_IN_USE = 90020;

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);

    /** H2: no database file where the URL points. */
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    private final PoolSettings settings;
    private final Clock clock;

    public StoreBackup(StoreConnection connection, Clock clock) {
        this.settings = new PoolSettings(connection);
        this.clock = clock;
    }

    /**
     * Writes every row of synckit's tables, from one snapshot, to {@code file}: first beside it, then moved into
     * place once complete, so {@code file} is never a half-written backup. The store is only read.
     *
     * @param synckitVersion the running build, recorded in the file
     * @throws BackupFileException          when the file cannot be written
     * @throws StoreUnavailableException    when the store does not answer, or another process holds its H2 file
     * @throws IllegalStateException        when the store holds no synckit schema this build knows
     */
    public BackupSummary backup(Path file, String synckitVersion) {
        var partial = file.resolveSibling(file.getFileName() + ".partial");
        try (var out = Files.newOutputStream(partial)) {
            var summary = write(out, synckitVersion);
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("backup written to {}: {}", file, summary.describe());
            return summary;
        } catch (NoSuchFileException e) {
            throw new BackupFileException("cannot write " + file + ": its directory does not exist");
        } catch (AccessDeniedException e) {
            throw new BackupFileException("cannot write " + file + ": permission denied");
        } catch (IOException e) {
            throw new BackupFileException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BackupFileException("cannot write " + file + ": " + e.getCause().getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** The same backup written to a stream as it is read, for a running service to hand out. */
    public StoreSnapshot snapshot(String synckitVersion) {
        return out -> {
            var summary = write(out, synckitVersion);
            LOG.info("backup sent: {}", summary.describe());
        };
    }

    private BackupSummary write(OutputStream out, String synckitVersion) {
        // a backup only reads: it must not create an empty H2 file where the configured one is missing
        var existing = settings.dialect() == Dialect.H2 ? new PoolSettings(new StoreConnection(
                settings.connection().jdbcUrl() + ";IFEXISTS=TRUE", settings.connection().user(),
                settings.connection().password(), settings.connection().consumerMigrations(),
                settings.connection().queryTimeout())) : settings;
        return withConnection(existing, "backing up the store", connection ->
                new SnapshotBackup(settings.dialect(), synckitVersion).write(connection, out,
                        clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    /**
     * Fills the store from {@code file} in one transaction. A store without synckit's schema is first migrated to
     * the backup's schema version (the service upgrades it at its next start); a store at another version is
     * refused, and so is one that holds rows unless {@code replace}, which deletes them in the same transaction.
     *
     * @throws BackupFileException       when the file is missing, not a backup, damaged or cut short
     * @throws RestoreRefusedException   when the store is not empty or not at the backup's schema version
     * @throws StoreUnavailableException when the store does not answer, or another process holds its H2 file
     */
    public BackupSummary restore(Path file, boolean replace) {
        try (var backup = BackupReader.open(file)) {
            var version = backup.header().schemaVersion();
            var known = SynckitSchema.versions();
            if (!known.contains(version)) {
                throw new RestoreRefusedException("the backup is at schema version " + version + ", which this "
                        + "synckit (schema versions " + String.join(", ", known) + ") does not know: restore it with "
                        + "synckit " + backup.header().synckitVersion() + " or newer");
            }
            var current = withConnection(settings, "reading the store's schema version", SchemaVersion::of);
            if (current.isEmpty()) {
                migrateTo(version);
            } else if (!current.get().equals(version)) {
                throw new RestoreRefusedException("the store is at schema version " + current.get()
                        + " and the backup at " + version + ": restore into a new, empty database (restore creates "
                        + "schema version " + version + " there; the service upgrades it when it next starts)");
            }
            var summary = withConnection(settings, "restoring the store",
                    connection -> new RestoreTransaction(backup, replace).run(connection));
            LOG.info("restored {}: {}", file, summary.describe());
            return summary;
        }
    }

    private void migrateTo(String version) {
        try (var dataSource = new HikariDataSource(new HikariConfig(settings.migrationPool()))) {
            Migrations.migrateSynckitTo(dataSource, version);
        } catch (RuntimeException e) {
            throw failure("creating the schema", e);
        }
    }

    private interface Work<T> {
        T apply(Connection connection) throws SQLException, IOException;
    }

    private <T> T withConnection(PoolSettings pool, String what, Work<T> work) {
        try (var dataSource = new HikariDataSource(new HikariConfig(pool.bulkPool(STATEMENT_TIMEOUT)));
             var connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw failure(what, new IllegalStateException(e));
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
    }

    private RuntimeException failure(String what, RuntimeException e) {
        if (e instanceof BackupFileException || e instanceof RestoreRefusedException) {
            return e;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                return new StoreUnavailableException("there is no H2 database at " + h2File()
                        + ": is the data directory (SYNCKIT_DATA_DIR) or SYNCKIT_DB_URL the service's?", e);
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return new StoreUnavailableException("the H2 database " + h2File()
                        + " is open in another process (is the service running?): H2 lets one process use its "
                        + "file: fetch the backup from the running service (GET /api/v1/backup), or stop it first", e);
            }
        }
        return StoreFailures.translate(what, e);
    }

    private String h2File() {
        return settings.connection().jdbcUrl().split(";", 2)[0];
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", file, e.getMessage());
        }
    }
}
