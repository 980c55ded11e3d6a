package dev.synckit.core.event;

import dev.synckit.contract.NewVersionEvent;
import java.time.Instant;
import java.util.Optional;

/** A new-version event as kept in the store, with where its handling stands. */
public record StoredEvent(
        NewVersionEvent event,
        EventState state,
        int attempts,
        Instant receivedAt,
        Optional<Instant> handledAt,
        Optional<String> lastError) {
}
