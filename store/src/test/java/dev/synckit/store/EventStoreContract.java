package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.event.EventState;
import dev.synckit.core.event.StoredEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every EventStore must do, run against each backend. */
abstract class EventStoreContract extends StoreFixture {

    private static final NewVersionEvent FULL = new NewVersionEvent("com.example.app", "1.2.3", "apk/1.2.3",
            "sha-abc", "2026-03-01T10:00:00Z", "1.2.3-beta", "4711", "9.9", "android", "cHJvdG8=");
    private static final NewVersionEvent MINIMAL = new NewVersionEvent("com.example.app", "1.2.4", "apk/1.2.4",
            "sha-def", "2026-03-01T11:00:00Z");
    private static final String BODY = "{\"package\":\"com.example.app\",\"version\":\"1.2.3\"}";

    @Test
    void theFirstInsertClaimsTheEventWithEveryField() {
        assertTrue(store.events().insertClaimed(FULL, BODY, T0));

        assertEquals(Optional.of(new StoredEvent(FULL, EventState.HANDLING, 1, millis(T0), Optional.empty(),
                Optional.empty())), store.events().find("com.example.app", "1.2.3"));
        assertEquals(List.of(List.of(BODY)), database.query(
                "SELECT body FROM new_version_event WHERE package_name = 'com.example.app' AND version = '1.2.3'"));
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        assertTrue(store.events().insertClaimed(MINIMAL, "{}", T0));

        assertEquals(MINIMAL, store.events().find("com.example.app", "1.2.4").orElseThrow().event());
    }

    @Test
    void aDuplicateIsNotClaimedAndChangesNothing() {
        store.events().insertClaimed(FULL, BODY, T0);
        var other = new NewVersionEvent("com.example.app", "1.2.3", "apk/other", "sha-other", "later");

        assertFalse(store.events().insertClaimed(other, "{\"other\":true}", at(60)));
        var stored = store.events().find("com.example.app", "1.2.3").orElseThrow();
        assertEquals(FULL, stored.event());
        assertEquals(millis(T0), stored.receivedAt());
        assertEquals(1, stored.attempts());
    }

    @Test
    void sixteenConcurrentInsertsOfOneEventClaimItOnce() throws Exception {
        var claims = Race.run(16, i -> store.events().insertClaimed(FULL, BODY, at(i)));

        assertEquals(1, claims.stream().filter(claimed -> claimed).count(), claims.toString());
        assertEquals(List.of(List.of(1L)), database.query("SELECT COUNT(*) FROM new_version_event"));
    }

    @Test
    void aFailedEventIsReclaimedOnceWithAnotherAttempt() throws Exception {
        store.events().insertClaimed(FULL, BODY, T0);
        store.events().markFailed("com.example.app", "1.2.3", "IOException: agent down", at(5));

        var claims = Race.run(8, i -> store.events().reclaim("com.example.app", "1.2.3", at(10), at(10 - 300)));

        assertEquals(1, claims.stream().filter(claimed -> claimed).count(), claims.toString());
        assertEquals(new StoredEvent(FULL, EventState.HANDLING, 2, millis(T0), Optional.empty(),
                Optional.of("IOException: agent down")), store.events().find("com.example.app", "1.2.3").orElseThrow());
    }

    @Test
    void aFreshClaimIsNotReclaimedButAStaleOneIs() {
        store.events().insertClaimed(FULL, BODY, T0);

        assertFalse(store.events().reclaim("com.example.app", "1.2.3", at(60), T0));
        assertTrue(store.events().reclaim("com.example.app", "1.2.3", at(600), at(1)));
        assertEquals(2, store.events().find("com.example.app", "1.2.3").orElseThrow().attempts());
    }

    @Test
    void aHandledOrUnknownEventIsNotReclaimed() {
        store.events().insertClaimed(FULL, BODY, T0);
        store.events().markHandled("com.example.app", "1.2.3", at(3));

        assertFalse(store.events().reclaim("com.example.app", "1.2.3", at(600), at(500)));
        assertFalse(store.events().reclaim("com.example.app", "9.9.9", at(600), at(500)));
    }

    @Test
    void markHandledRecordsWhen() {
        store.events().insertClaimed(FULL, BODY, T0);

        store.events().markHandled("com.example.app", "1.2.3", at(3));

        assertEquals(new StoredEvent(FULL, EventState.HANDLED, 1, millis(T0), Optional.of(millis(at(3))),
                Optional.empty()), store.events().find("com.example.app", "1.2.3").orElseThrow());
    }

    @Test
    void markFailedRecordsTheError() {
        store.events().insertClaimed(FULL, BODY, T0);

        store.events().markFailed("com.example.app", "1.2.3", "listener threw", at(3));

        assertEquals(new StoredEvent(FULL, EventState.FAILED, 1, millis(T0), Optional.empty(),
                Optional.of("listener threw")), store.events().find("com.example.app", "1.2.3").orElseThrow());
    }

    @Test
    void recentIsNewestFirstAndLimited() {
        store.events().insertClaimed(MINIMAL, "{}", at(20));
        store.events().insertClaimed(FULL, BODY, at(10));
        store.events().insertClaimed(new NewVersionEvent("com.example.other", "7", "", "", ""), "{}", at(30));

        var recent = store.events().recent(2).stream()
                .map(stored -> stored.event().packageName() + "@" + stored.event().version()).toList();

        assertEquals(List.of("com.example.other@7", "com.example.app@1.2.4"), recent);
    }

    @Test
    void findAnswersEmptyForAnUnknownEvent() {
        assertEquals(Optional.empty(), store.events().find("com.example.app", "0.0.0"));
    }
}
