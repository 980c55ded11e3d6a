package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.core.people.People;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every PeopleStore must do, run against each backend: one name per user id, the latest kept. */
abstract class PeopleStoreContract extends StoreFixture {

    private static final String ALICE = "157771020828357427";
    private static final String BOB = "157771020828357428";

    @Test
    void theLatestNameOfEachUserIsKeptAndReadInOneGo() {
        store.people().remember(ALICE, "alice", at(1));
        store.people().remember(BOB, "bob", at(2));
        store.people().remember(ALICE, "Alice (ops)", at(3));

        assertEquals(Map.of(ALICE, "Alice (ops)", BOB, "bob"), store.people().names(Set.of(ALICE, BOB, "1234567890123456")));
        assertEquals(Map.of(), store.people().names(Set.of()));
    }

    @Test
    void actorsAreNamedByPersonTokenOrThemselves() {
        var people = new People(store.people(), Clock.fixed(T0, ZoneOffset.UTC));
        people.seen(ALICE, "ali\nce\u0085x\u0000 ");

        var names = people.namesOf(List.of(ALICE, BOB, "token:ci", "api", "event:com.example@1.2"));

        assertEquals("ali ce x", names.of(ALICE).orElseThrow(), "control characters (C1 too) never reach a page or a log");
        assertEquals(Optional.empty(), names.of(BOB), "not seen yet");
        assertEquals("ci", names.of("token:ci").orElseThrow());
        assertEquals("api", names.of("api").orElseThrow());
        assertEquals("event:com.example@1.2", names.of("event:com.example@1.2").orElseThrow());
    }
}
