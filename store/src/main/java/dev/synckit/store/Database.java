package dev.synckit.store;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DB Client every adapter goes through: it turns each failure into the store's terms (unavailable, duplicate,
 * bug) and reads rows by lower-case column name, whatever case the database reports.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DbClient client;

    Database(DbClient client) {
        this.client = client;
    }

    <T> T call(String what, Function<DbExecute, T> work) {
        try {
            return work.apply(client.execute());
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }

    long write(String what, String sql, Object... params) {
        return call(what, db -> db.dml(sql, params));
    }

    Optional<ResultRow> one(String what, String sql, Object... params) {
        return call(what, db -> db.get(sql, params).map(ResultRow::of));
    }

    List<ResultRow> many(String what, String sql, Object... params) {
        return call(what, db -> {
            try (var rows = db.query(sql, params)) {
                return rows.map(ResultRow::of).toList();
            }
        });
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String what, Function<DbTransaction, T> work) {
        try {
            var tx = client.transaction();
            try {
                var result = work.apply(tx);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                rollback(tx, what, e);
                throw e;
            }
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }

    private static void rollback(DbTransaction tx, String what, RuntimeException cause) {
        try {
            tx.rollback();
        } catch (RuntimeException e) {
            // the first failure is the one to report; a dead connection cannot roll back and needs not to
            cause.addSuppressed(e);
            LOG.debug("rollback after failed {} failed too", what, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
