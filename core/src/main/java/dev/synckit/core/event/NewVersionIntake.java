package dev.synckit.core.event;

import dev.synckit.contract.NewVersionEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in new-version events: every one is stored before it is acknowledged, and the listeners run once per
 * package and version. A duplicate is acknowledged without running them, unless the earlier attempt failed or was
 * abandoned by a process that died, in which case exactly one of the concurrent posts wins the retry.
 */
public final class NewVersionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(NewVersionIntake.class);

    /** How long a claim may stay unfinished before another post may take it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final EventStore store;
    private final List<NewVersionListener> listeners;
    private final Clock clock;

    public NewVersionIntake(EventStore store, List<NewVersionListener> listeners, Clock clock) {
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    /**
     * Stores and, when this call wins the claim, handles the event.
     *
     * @throws ListenerFailedException when a listener threw (the event stays stored, marked failed)
     * @throws dev.synckit.core.store.StoreUnavailableException when the store does not answer (nothing acknowledged)
     */
    public Receipt accept(NewVersionEvent event, String body) throws ListenerFailedException {
        var now = clock.instant();
        var claimed = store.insertClaimed(event, body, now)
                || store.reclaim(event.packageName(), event.version(), now, now.minus(ABANDONED_AFTER));
        if (!claimed) {
            LOG.debug("duplicate new-version event {} {} acknowledged", event.packageName(), event.version());
            return Receipt.DUPLICATE;
        }
        try {
            for (var listener : listeners) {
                listener.onNewVersion(event);
            }
        } catch (Exception e) {
            var reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.markFailed(event.packageName(), event.version(), reason, clock.instant());
            LOG.warn("handling new version {} {} failed: {}", event.packageName(), event.version(), reason);
            throw new ListenerFailedException(reason, e);
        }
        store.markHandled(event.packageName(), event.version(), clock.instant());
        LOG.info("new version {} {} handled", event.packageName(), event.version());
        return Receipt.HANDLED;
    }

    /** What became of one post. */
    public enum Receipt {
        /** First time seen (or a retry of a failed one): the listeners ran. */
        HANDLED,
        /** Seen before and handled, or being handled by another post right now. */
        DUPLICATE
    }
}
