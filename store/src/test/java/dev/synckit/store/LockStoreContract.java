package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.core.lock.TargetLock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every LockStore must do, run against each backend. */
abstract class LockStoreContract extends StoreFixture {

    private static final TargetLock ALICE_WEB = new TargetLock("web", "alice", "db migration", T0);

    @Test
    void aFreeTargetIsLockedAndFound() {
        assertEquals(Optional.empty(), store.locks().acquire(ALICE_WEB));

        assertEquals(Optional.of(new TargetLock("web", "alice", "db migration", millis(T0))),
                store.locks().find("web"));
    }

    @Test
    void aHeldTargetAnswersItsHolderAndKeepsIt() {
        store.locks().acquire(ALICE_WEB);

        var answer = store.locks().acquire(new TargetLock("web", "bob", "hotfix", at(60)));

        assertEquals(Optional.of("alice"), answer.map(TargetLock::holder));
        assertEquals(Optional.of("alice"), store.locks().find("web").map(TargetLock::holder));
    }

    @Test
    void concurrentAcquiresLetOneHolderIn() throws Exception {
        var answers = Race.run(8, i -> store.locks().acquire(new TargetLock("web", "user-" + i, "race", T0)));

        assertEquals(1, answers.stream().filter(Optional::isEmpty).count(), answers.toString());
        var holder = store.locks().find("web").orElseThrow().holder();
        answers.stream().flatMap(Optional::stream).forEach(lock -> assertEquals(holder, lock.holder()));
    }

    @Test
    void releaseAnswersTheReleasedLockAndFreesTheTarget() {
        store.locks().acquire(ALICE_WEB);

        assertEquals(Optional.of("alice"), store.locks().release("web").map(TargetLock::holder));
        assertEquals(Optional.empty(), store.locks().find("web"));
        assertEquals(Optional.empty(), store.locks().release("web"));
        assertEquals(Optional.empty(), store.locks().acquire(new TargetLock("web", "bob", "next", at(1))));
    }

    @Test
    void allListsEveryLockByTarget() {
        store.locks().acquire(new TargetLock("web", "alice", "a", T0));
        store.locks().acquire(new TargetLock("api", "bob", "b", at(1)));

        assertEquals(List.of("api", "web"), store.locks().all().stream().map(TargetLock::target).toList());
    }
}
