package dev.synckit.store;

import dev.synckit.core.store.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts a failed database call: the database did not answer (callers answer 503), a unique key said "exists"
 * (some ports answer false), or anything else, which is a bug on our side.
 */
final class StoreFailures {

    /** SQL-standard unique violation, used by both H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * H2's error codes for a database that went away (connection broken, database closed, called at shutdown, I/O
     * failure) and for a lock wait that timed out. PostgreSQL's driver always reports error code 0.
     */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(90067, 90098, 90121, 90028, 50200);

    private StoreFailures() {
    }

    static RuntimeException translate(String what, RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || failure instanceof DuplicateRowException) {
            return failure;
        }
        if (isUnavailable(failure)) {
            return new StoreUnavailableException("store unavailable: " + what + ": " + rootMessage(failure), failure);
        }
        if (sqlCause(failure).map(e -> UNIQUE_VIOLATION.equals(e.getSQLState())).orElse(false)) {
            return new DuplicateRowException(what, failure);
        }
        return new IllegalStateException("store: " + what + " failed: " + rootMessage(failure), failure);
    }

    static boolean isUnavailable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
            // Hikari's pool could not open its first connection
            if (cause.getClass().getName().equals("com.zaxxer.hikari.pool.HikariPool$PoolInitializationException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException sql) {
        if (sql instanceof SQLTransientException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException || sql instanceof SQLTimeoutException) {
            return true;
        }
        var state = Optional.ofNullable(sql.getSQLState()).orElse("");
        // 08 connection, 53 out of resources, 57 cancelled or shut down, 40001 serialization failure / deadlock,
        // HYT00 timeout
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.equals("40001")
                || state.equals("HYT00") || H2_UNAVAILABLE.contains(sql.getErrorCode());
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
