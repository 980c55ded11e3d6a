package dev.synckit.store;

/** A write met a row with the same unique key. Some ports answer "exists"; for the others it is a bug. */
final class DuplicateRowException extends IllegalStateException {

    DuplicateRowException(String what, Throwable cause) {
        super("store: " + what + ": a row with the same key exists", cause);
    }
}
