package dev.synckit.core.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values as URL-safe text, and the PKCE challenge of a verifier. */
final class RandomText {

    private RandomText() {
    }

    /** {@code bytes} random bytes, base64url without padding (32 bytes give 43 characters). */
    static String base64url(SecureRandom random, int bytes) {
        var buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** RFC 7636's S256 challenge: base64url(SHA-256(ASCII(verifier))), without padding. */
    static String s256Challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
