package dev.synckit.store;

import dev.synckit.core.store.StoreHealth;
import dev.synckit.core.store.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A trivial round trip, bounded by the caller's timeout: the pool's own waits may be longer than a health probe
 * can afford, so the query runs on a virtual thread that is abandoned when time is up.
 */
final class SqlStoreHealth implements StoreHealth {

    private final Database database;

    SqlStoreHealth(Database database) {
        this.database = database;
    }

    @Override
    public void check(Duration timeout) {
        var probe = new FutureTask<>(() -> database.one("checking the store", "SELECT 1 AS ok"));
        Thread.ofVirtual().name("synckit-store-health").start(probe);
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            throw new StoreUnavailableException("store unavailable: no answer within " + timeout, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw StoreFailures.translate("checking the store", failure);
            }
            throw new IllegalStateException("store: checking the store failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            probe.cancel(true);
            throw new StoreUnavailableException("store unavailable: interrupted while checking", e);
        }
    }
}
