package dev.synckit.core.lock;

import java.util.List;
import java.util.Optional;

/** Where target locks are kept; at most one per target. */
public interface LockStore {

    /** Takes the lock; answers the lock that already holds the target when it is taken. */
    Optional<TargetLock> acquire(TargetLock lock);

    /** Releases the target's lock; answers the released lock, empty when there was none. */
    Optional<TargetLock> release(String target);

    Optional<TargetLock> find(String target);

    List<TargetLock> all();
}
