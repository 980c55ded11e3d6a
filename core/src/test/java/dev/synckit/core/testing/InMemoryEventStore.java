package dev.synckit.core.testing;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.event.EventState;
import dev.synckit.core.event.EventStore;
import dev.synckit.core.event.StoredEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The event store's contract in memory, for unit tests of the intake and the HTTP layer (the real one: store/). */
public final class InMemoryEventStore implements EventStore {

    private final Map<String, StoredEvent> rows = new ConcurrentHashMap<>();
    private final Map<String, Instant> claimedAt = new ConcurrentHashMap<>();

    private static String key(String packageName, String version) {
        return packageName + "\u0000" + version;
    }

    @Override
    public boolean insertClaimed(NewVersionEvent event, String body, Instant now) {
        var key = key(event.packageName(), event.version());
        var fresh = new StoredEvent(event, EventState.HANDLING, 1, now, Optional.empty(), Optional.empty());
        var inserted = rows.putIfAbsent(key, fresh) == null;
        if (inserted) {
            claimedAt.put(key, now);
        }
        return inserted;
    }

    @Override
    public synchronized boolean reclaim(String packageName, String version, Instant now, Instant staleBefore) {
        var key = key(packageName, version);
        var row = rows.get(key);
        var stale = row != null && row.state() == EventState.HANDLING && claimedAt.get(key).isBefore(staleBefore);
        if (row == null || !(row.state() == EventState.FAILED || stale)) {
            return false;
        }
        rows.put(key, new StoredEvent(row.event(), EventState.HANDLING, row.attempts() + 1, row.receivedAt(),
                Optional.empty(), row.lastError()));
        claimedAt.put(key, now);
        return true;
    }

    @Override
    public void markHandled(String packageName, String version, Instant now) {
        rows.computeIfPresent(key(packageName, version), (k, row) -> new StoredEvent(row.event(), EventState.HANDLED,
                row.attempts(), row.receivedAt(), Optional.of(now), row.lastError()));
    }

    @Override
    public void markFailed(String packageName, String version, String error, Instant now) {
        rows.computeIfPresent(key(packageName, version), (k, row) -> new StoredEvent(row.event(), EventState.FAILED,
                row.attempts(), row.receivedAt(), Optional.empty(), Optional.of(error)));
    }

    @Override
    public Optional<StoredEvent> find(String packageName, String version) {
        return Optional.ofNullable(rows.get(key(packageName, version)));
    }

    @Override
    public List<StoredEvent> recent(int limit) {
        return rows.values().stream().sorted(Comparator.comparing(StoredEvent::receivedAt).reversed())
                .limit(limit).toList();
    }
}
