package dev.synckit.contract.agent;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks a signed callback (or request): the signature must match in constant time and the timestamp must lie
 * within the replay window around now.
 */
public final class SignatureVerifier {

    /** The window both sides use unless told otherwise. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final CallbackSignature signature;
    private final Clock clock;
    private final long windowSeconds;

    public SignatureVerifier(String secret, Clock clock, Duration window) {
        this.signature = new CallbackSignature(secret);
        this.clock = clock;
        this.windowSeconds = window.toSeconds();
    }

    public SignatureVerifier(String secret) {
        this(secret, Clock.systemUTC(), DEFAULT_WINDOW);
    }

    /** The verdict on the two header values (either may be null) and the raw body. */
    public Verdict verify(String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(CallbackSignature.SCHEME)) {
            return Verdict.MISSING;
        }
        long timestamp;
        byte[] given;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
            given = HexFormat.of().parseHex(signatureHeader.substring(CallbackSignature.SCHEME.length()).trim());
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
        if (!MessageDigest.isEqual(signature.mac(timestamp, body), given)) {
            return Verdict.BAD_SIGNATURE;
        }
        long now = clock.instant().getEpochSecond();
        return Math.abs(now - timestamp) > windowSeconds ? Verdict.OUTSIDE_WINDOW : Verdict.VALID;
    }

    /** Only {@link #VALID} may be accepted. */
    public enum Verdict {
        VALID, MISSING, MALFORMED, BAD_SIGNATURE, OUTSIDE_WINDOW;

        public boolean valid() {
            return this == VALID;
        }
    }
}
