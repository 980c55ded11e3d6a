package dev.synckit.bot;

import dev.synckit.commands.CannotPostException;
import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.deployment.Deployment;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One deployment's status message and its edits, coalesced: the newest state wins, one write at a time, and a
 * write starts at least {@link #GAP} after the previous one finished (Discord allows about one edit a second per
 * message). The final state is therefore shown at most one gap plus one edit after the end. A message that could
 * not be posted (the bot lacked a permission) is posted at the next change instead of edited.
 */
final class LiveStatus {

    static final Duration GAP = Duration.ofMillis(1_000);
    private static final Logger LOG = LoggerFactory.getLogger(LiveStatus.class);
    private static final long POST_WAIT_SECONDS = 15;
    private static final int GIVE_UP_AFTER_FAILURES = 5;

    /** Writes a state into a posted message, blocking, bounded by its own timeout. */
    interface Editor {

        /** @return the message that shows the state now: {@code message}, or the one posted in its place */
        PostedMessage edit(PostedMessage message, Deployment state) throws Exception;
    }

    private final Function<LiveStatus, CompletableFuture<PostedMessage>> post;
    private volatile CompletableFuture<PostedMessage> posted;
    private final Editor editor;
    private final ScheduledExecutorService timer;
    private final Executor workers;
    private Deployment latest;
    private Deployment shown;
    private long lastWriteNanos;
    private boolean busy;
    private int failures;

    /** {@code post} answers the posted message and the state it shows. */
    LiveStatus(Function<LiveStatus, CompletableFuture<PostedMessage>> post, Deployment first, Editor editor,
            ScheduledExecutorService timer, Executor workers) {
        this.editor = editor;
        this.timer = timer;
        this.workers = workers;
        this.latest = first;
        this.busy = true;
        this.post = post;
        this.posted = post.apply(this);
        posted.whenComplete((message, error) -> written(error == null));
    }

    CompletableFuture<PostedMessage> posted() {
        return posted;
    }

    synchronized Deployment latest() {
        return latest;
    }

    /** Called by the poster with the state the new message shows. */
    synchronized void postedWith(Deployment state) {
        shown = state;
    }

    /**
     * A new state to show; shown now or when the gap has passed. Changes are announced from several threads (the
     * queue's, callbacks', polls'), so one can arrive after a newer one: a deployment only moves forward, so a
     * state behind the one held is dropped, and a final one is never replaced.
     */
    synchronized void show(Deployment state) {
        if (latest.status().isFinal() || state.status().isBehind(latest.status())) {
            return;
        }
        latest = state;
        if (!busy) {
            busy = true;
            schedule(remainingGapNanos());
        }
    }

    /** True when everything known is shown and nothing is being written. */
    synchronized boolean settled() {
        return !busy && latest.equals(shown);
    }

    synchronized boolean ended() {
        return settled() && shown.status().isFinal();
    }

    private synchronized void written(boolean ok) {
        lastWriteNanos = System.nanoTime();
        busy = ok && !latest.equals(shown);
        if (busy) {
            schedule(GAP.toNanos());
        }
    }

    private void flush() {
        Deployment next;
        synchronized (this) {
            var wait = remainingGapNanos();
            if (wait > 0) {
                schedule(wait);
                return;
            }
            next = latest;
        }
        boolean ok;
        try {
            write(next);
            ok = true;
        } catch (Exception e) {
            ok = false;
            if (cannotPost(e)) {
                // the permission check logged why, once; the person who asked was told
                LOG.debug("the status message of deployment {} cannot be posted: {}", next.id(), e.toString());
            } else {
                LOG.warn("could not edit the status message of deployment {}: {}", next.id(), e.toString());
            }
        }
        synchronized (this) {
            failures = ok ? 0 : failures + 1;
            if (ok) {
                shown = next;
            }
            lastWriteNanos = System.nanoTime();
            busy = !latest.equals(shown) && failures < GIVE_UP_AFTER_FAILURES;
            if (busy) {
                schedule(GAP.toNanos());
            }
        }
    }

    /** Edits the posted message, or posts it when the first post failed. */
    private void write(Deployment next) throws Exception {
        if (posted.isCompletedExceptionally()) {
            var again = post.apply(this);
            posted = again;
            again.get(POST_WAIT_SECONDS, TimeUnit.SECONDS);
            return;
        }
        var message = posted.get(POST_WAIT_SECONDS, TimeUnit.SECONDS);
        var showing = editor.edit(message, next);
        if (!showing.equals(message)) {
            posted = CompletableFuture.completedFuture(showing);
        }
    }

    private static boolean cannotPost(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotPostException) {
                return true;
            }
        }
        return false;
    }

    private long remainingGapNanos() {
        return Math.max(0, lastWriteNanos + GAP.toNanos() - System.nanoTime());
    }

    private void schedule(long delayNanos) {
        timer.schedule(() -> workers.execute(this::flush), delayNanos, TimeUnit.NANOSECONDS);
    }
}
