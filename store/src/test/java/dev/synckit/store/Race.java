package dev.synckit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the same call on many threads released at once, and collects what each got. */
final class Race {

    private Race() {
    }

    /** One contender; {@code index} tells them apart (0 to threads - 1). */
    @FunctionalInterface
    interface Contender<T> {
        T call(int index) throws Exception;
    }

    static <T> List<T> run(int threads, Contender<T> contender) throws InterruptedException, ExecutionException,
            TimeoutException {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var futures = new ArrayList<Future<T>>();
            for (var i = 0; i < threads; i++) {
                var index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return contender.call(index);
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                // a guard against a hang, not a measurement
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        }
    }
}
