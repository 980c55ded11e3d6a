package dev.synckit.core.store;

/**
 * The store did not answer (connection refused, pool exhausted, timeout). Callers answer 503 and keep nothing they
 * have not stored; this is never a bug in the caller's input.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
