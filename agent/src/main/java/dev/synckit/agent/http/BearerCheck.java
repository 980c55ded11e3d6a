package dev.synckit.agent.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks {@code Authorization: Bearer <secret>}. Unlike the original, a bare token without the scheme is refused.
 * Both sides are hashed before the constant-time comparison, so not even the secret's length leaks.
 */
final class BearerCheck {

    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    BearerCheck(String secret) {
        this.expected = sha256(SCHEME + secret);
    }

    boolean allows(String authorization) {
        byte[] given = sha256(authorization == null ? "" : authorization);
        return MessageDigest.isEqual(expected, given) && authorization.startsWith(SCHEME);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
