package dev.synckit.store;

import dev.synckit.core.lock.LockStore;
import dev.synckit.core.lock.TargetLock;
import java.util.List;
import java.util.Optional;

/** Target locks in table {@code target_lock}; its primary key makes taking a lock atomic across processes. */
final class SqlLockStore implements LockStore {

    private static final String COLUMNS = "target, holder, reason, since";

    /** A lock released between our failed insert and our read is taken again; more races than this are absurd. */
    private static final int ATTEMPTS = 3;

    private final Database database;

    SqlLockStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<TargetLock> acquire(TargetLock lock) {
        for (var attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                database.write("locking " + lock.target(),
                        "INSERT INTO target_lock (target, holder, reason, since) VALUES (?, ?, ?, ?)",
                        lock.target(), lock.holder(), lock.reason(), UtcMillis.of(lock.since()));
                return Optional.empty();
            } catch (DuplicateRowException e) {
                var holder = find(lock.target());
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        throw new IllegalStateException("store: the lock on " + lock.target() + " changed hands " + ATTEMPTS
                + " times while it was being taken");
    }

    @Override
    public Optional<TargetLock> release(String target) {
        return database.inTransaction("unlocking " + target, tx -> {
            var held = tx.get("SELECT " + COLUMNS + " FROM target_lock WHERE target = ? FOR UPDATE", target)
                    .map(ResultRow::of).map(SqlLockStore::toLock);
            held.ifPresent(lock -> tx.dml("DELETE FROM target_lock WHERE target = ?", target));
            return held;
        });
    }

    @Override
    public Optional<TargetLock> find(String target) {
        return database.one("reading the lock on " + target,
                "SELECT " + COLUMNS + " FROM target_lock WHERE target = ?", target).map(SqlLockStore::toLock);
    }

    @Override
    public List<TargetLock> all() {
        return database.many("reading the locks", "SELECT " + COLUMNS + " FROM target_lock ORDER BY target")
                .stream().map(SqlLockStore::toLock).toList();
    }

    private static TargetLock toLock(ResultRow row) {
        return new TargetLock(row.text("target"), row.text("holder"), row.text("reason"), row.instant("since"));
    }
}
