package dev.synckit.agent.docker;

import java.io.Closeable;
import java.io.IOException;

/**
 * Closes a connection when its deadline passes: a blocking socket read has no timeout of its own, and a
 * stuck engine stream must not hold a deployment past its step timeout.
 */
final class Watchdog implements AutoCloseable {

    private final Thread thread;
    private volatile boolean fired;

    private Watchdog(Closeable target, Deadline deadline) {
        this.thread = Thread.ofVirtual().name("engine-deadline").unstarted(() -> {
            try {
                Thread.sleep(deadline.remaining());
                fired = true;
                target.close();
            } catch (InterruptedException finishedInTime) {
                Thread.currentThread().interrupt();
            } catch (IOException alreadyBroken) {
                // the call that owns the connection reports its own failure
            }
        });
    }

    static Watchdog start(Closeable target, Deadline deadline) {
        Watchdog watchdog = new Watchdog(target, deadline);
        watchdog.thread.start();
        return watchdog;
    }

    /** Whether the deadline closed the connection (so a failed read means "timed out"). */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
