package dev.synckit.core.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a browser shows to prove its session: 256 random bits, base64url. It is handed out once, in the
 * cookie; the store keeps only its SHA-256, so a copy of the database opens no session.
 */
public final class SessionToken {

    private static final int BYTES = 32;

    private final String value;

    private SessionToken(String value) {
        this.value = value;
    }

    static SessionToken random(SecureRandom random) {
        return new SessionToken(RandomText.base64url(random, BYTES));
    }

    /** The token itself, for the one place that writes the cookie. */
    public String reveal() {
        return value;
    }

    /** What the store keeps and looks sessions up by. */
    public String hash() {
        return hashOf(value);
    }

    /** The lower-case hex SHA-256 of a presented token. */
    public static String hashOf(String presented) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SessionToken[****]";
    }

}
