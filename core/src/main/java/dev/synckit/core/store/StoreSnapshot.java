package dev.synckit.core.store;

import java.io.OutputStream;

/** A backup of the store, taken from one consistent snapshot while the service goes on, written as it is read. */
@FunctionalInterface
public interface StoreSnapshot {

    /**
     * Writes the backup file's bytes to {@code out}, which it does not close. A failure half-way leaves {@code out}
     * without the backup's end line, so that no restore takes the partial file for a backup.
     *
     * @throws StoreUnavailableException when the store does not answer
     */
    void writeTo(OutputStream out);
}
