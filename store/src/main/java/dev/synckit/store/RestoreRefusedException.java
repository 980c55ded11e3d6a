package dev.synckit.store;

/**
 * A restore that would lose or mix data, refused before any change: the store already holds rows (and no
 * replacement was asked for), or its schema version is not the backup's. The message says what to do instead.
 */
public final class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
