package dev.synckit.core.event;

import dev.synckit.contract.NewVersionEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where new-version events are kept. Package and version together are unique. */
public interface EventStore {

    /**
     * Stores the event as being handled now, unless one with the same package and version exists.
     *
     * @return true when this call stored it (and so must handle it); false for a duplicate
     */
    boolean insertClaimed(NewVersionEvent event, String body, Instant now);

    /**
     * Claims an existing event for another attempt when its last attempt failed, or was claimed before
     * {@code staleBefore} and never finished (the process died while handling it).
     *
     * @return true when this call won the claim
     */
    boolean reclaim(String packageName, String version, Instant now, Instant staleBefore);

    void markHandled(String packageName, String version, Instant now);

    void markFailed(String packageName, String version, String error, Instant now);

    Optional<StoredEvent> find(String packageName, String version);

    /** Newest first. */
    List<StoredEvent> recent(int limit);
}
