package dev.synckit.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A secret string (token, shared secret, password). It prints as {@code ****} so that no log line, record
 * {@code toString()} or error message can show it; only {@link #reveal()} hands the value out.
 */
public final class Secret {

    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** The secret holding {@code value}; null and the empty string give the empty secret. */
    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** The value itself, for the one place that must send or compare it. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /**
     * Whether {@code presented} is this secret. Compares SHA-256 digests in constant time so that neither the
     * position of the first wrong character nor the secret's length shows in the timing. An empty secret matches
     * nothing: an endpoint without a configured secret refuses everyone.
     */
    public boolean matches(String presented) {
        if (presented == null || isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sha256(value), sha256(presented));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(sha256(value), sha256(that.value));
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(isEmpty());
    }

    @Override
    public String toString() {
        return isEmpty() ? "(empty)" : "****";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
