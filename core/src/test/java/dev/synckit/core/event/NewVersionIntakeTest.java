package dev.synckit.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.event.NewVersionIntake.Receipt;
import dev.synckit.core.testing.InMemoryEventStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NewVersionIntakeTest {

    private static final NewVersionEvent EVENT = new NewVersionEvent("com.auxbrain.egginc", "1.34", "/x/base.apk",
            "deadbeef", "2026-06-10T00:00:00Z");

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final List<NewVersionEvent> handled = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void firstPostRunsTheListenersAndADuplicateDoesNot() throws Exception {
        var intake = new NewVersionIntake(store, List.of(handled::add), clock);

        assertEquals(Receipt.HANDLED, intake.accept(EVENT, "{}"));
        assertEquals(Receipt.DUPLICATE, intake.accept(EVENT, "{}"));

        assertEquals(List.of(EVENT), handled);
        assertEquals(EventState.HANDLED, store.find(EVENT.packageName(), EVENT.version()).orElseThrow().state());
    }

    @Test
    void aFailedListenerIsTriedAgainOnTheNextPostAndTheEventStaysStored() throws Exception {
        var failures = new ArrayList<String>(List.of("farm offline"));
        NewVersionListener flaky = event -> {
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.removeFirst());
            }
            handled.add(event);
        };
        var intake = new NewVersionIntake(store, List.of(flaky), clock);

        var failure = assertThrows(ListenerFailedException.class, () -> intake.accept(EVENT, "{}"));
        assertEquals("IllegalStateException: farm offline", failure.getMessage());
        var stored = store.find(EVENT.packageName(), EVENT.version()).orElseThrow();
        assertEquals(EventState.FAILED, stored.state());

        assertEquals(Receipt.HANDLED, intake.accept(EVENT, "{}"));
        assertEquals(List.of(EVENT), handled);
        assertEquals(2, store.find(EVENT.packageName(), EVENT.version()).orElseThrow().attempts());
    }

    @Test
    void aClaimAbandonedByADeadProcessIsTakenOverOnlyWhenStale() throws Exception {
        var received = clock.instant();
        store.insertClaimed(EVENT, "{}", received);

        var soon = new NewVersionIntake(store, List.of(handled::add), Clock.offset(clock, Duration.ofMinutes(1)));
        assertEquals(Receipt.DUPLICATE, soon.accept(EVENT, "{}"));

        var later = new NewVersionIntake(store, List.of(handled::add),
                Clock.offset(clock, NewVersionIntake.ABANDONED_AFTER.plusSeconds(1)));
        assertEquals(Receipt.HANDLED, later.accept(EVENT, "{}"));
        assertEquals(List.of(EVENT), handled);
    }

    @Test
    void concurrentDuplicatesRunTheListenersOnce() throws Exception {
        var intake = new NewVersionIntake(store, List.of(handled::add), clock);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Receipt>>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return intake.accept(EVENT, "{}");
                }));
            }
            start.countDown();
        }
        long firsts = 0;
        for (var result : results) {
            if (result.get() == Receipt.HANDLED) {
                firsts++;
            }
        }
        assertEquals(1, firsts);
        assertEquals(1, handled.size());
    }
}
