package dev.synckit.core.lock;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Locks people take on targets: who and why, listed, released by the holder or by a maintainer. Every lock and
 * unlock is audited. While a target is locked, requests for it are refused and its queue waits.
 */
public final class TargetLocks {

    private final Set<String> targets;
    private final LockStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Consumer<String> onReleased;

    /** @param onReleased told the name of each target whose lock was released (its queue may go on) */
    public TargetLocks(Set<String> targets, LockStore store, AuditLog audit, Clock clock,
            Consumer<String> onReleased) {
        this.targets = Set.copyOf(targets);
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.onReleased = onReleased;
    }

    /** Takes the lock; answers the lock that holds the target already when someone was first. */
    public Result lock(String target, String holder, String reason) {
        if (!targets.contains(target)) {
            return new Result.UnknownTarget(target);
        }
        var wanted = new TargetLock(target, holder, reason == null ? "" : reason, clock.instant());
        var held = store.acquire(wanted);
        if (held.isPresent()) {
            return new Result.HeldBy(held.get());
        }
        audit.append(new AuditEntry(wanted.since(), holder, "lock.acquired", target, wanted.reason()));
        return new Result.Locked(wanted);
    }

    /**
     * Releases the target's lock when {@code actor} holds it or {@code maintainer} is true.
     */
    public Result unlock(String target, String actor, boolean maintainer) {
        if (!targets.contains(target)) {
            return new Result.UnknownTarget(target);
        }
        var current = store.find(target);
        if (current.isEmpty()) {
            return new Result.NotLocked(target);
        }
        if (!maintainer && !current.get().holder().equals(actor)) {
            return new Result.HeldBy(current.get());
        }
        var released = store.release(target);
        if (released.isEmpty()) {
            return new Result.NotLocked(target);
        }
        var lock = released.get();
        audit.append(new AuditEntry(clock.instant(), actor, "lock.released", target,
                "held by " + lock.holder() + " since " + lock.since()));
        onReleased.accept(target);
        return new Result.Released(lock);
    }

    public Optional<TargetLock> find(String target) {
        return store.find(target);
    }

    public List<TargetLock> all() {
        return store.all();
    }

    /** What a lock or unlock came to. */
    public sealed interface Result {

        record Locked(TargetLock lock) implements Result {
        }

        record Released(TargetLock lock) implements Result {
        }

        record HeldBy(TargetLock lock) implements Result {
        }

        record NotLocked(String target) implements Result {
        }

        record UnknownTarget(String target) implements Result {
        }
    }
}
