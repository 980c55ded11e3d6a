package dev.synckit.contract.agent;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks a signed callback (or request): the signature must match in constant time and the timestamp must lie
 * within the replay window around now. See {@link CallbackSignature} for bound and unbound signatures.
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

    /** The verdict on an unbound signature ({@code sha256=}): the two header values (either may be null), the body. */
    public Verdict verify(String timestampHeader, String signatureHeader, byte[] body) {
        if (signatureHeader == null || !signatureHeader.startsWith(CallbackSignature.SCHEME)) {
            return Verdict.MISSING;
        }
        return check(timestampHeader, signatureHeader.substring(CallbackSignature.SCHEME.length()), body,
                timestamp -> timestamp + ".", Verdict.VALID);
    }

    /**
     * The verdict on an event posted for {@code subject}: {@link Verdict#VALID} for a good signature bound to it,
     * {@link Verdict#VALID_UNBOUND} for a good one bound to no subject (older agents), which the caller accepts
     * only where the body itself shows the event belongs there.
     */
    public Verdict verifyFor(String subject, String timestampHeader, String signatureHeader, byte[] body) {
        if (signatureHeader != null && signatureHeader.startsWith(CallbackSignature.BOUND_SCHEME)) {
            return check(timestampHeader, signatureHeader.substring(CallbackSignature.BOUND_SCHEME.length()), body,
                    timestamp -> CallbackSignature.boundPrefix(subject, timestamp), Verdict.VALID);
        }
        if (signatureHeader == null || !signatureHeader.startsWith(CallbackSignature.SCHEME)) {
            return Verdict.MISSING;
        }
        return check(timestampHeader, signatureHeader.substring(CallbackSignature.SCHEME.length()), body,
                timestamp -> timestamp + ".", Verdict.VALID_UNBOUND);
    }

    private Verdict check(String timestampHeader, String hex, byte[] body,
            java.util.function.LongFunction<String> prefix, Verdict good) {
        if (timestampHeader == null) {
            return Verdict.MISSING;
        }
        long timestamp;
        byte[] given;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
            given = HexFormat.of().parseHex(hex.trim());
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
        if (!MessageDigest.isEqual(signature.mac(prefix.apply(timestamp), body), given)) {
            return Verdict.BAD_SIGNATURE;
        }
        long now = clock.instant().getEpochSecond();
        return Math.abs(now - timestamp) > windowSeconds ? Verdict.OUTSIDE_WINDOW : good;
    }

    /** Only {@link #VALID} may be accepted as it is; {@link #VALID_UNBOUND} only after the caller's own checks. */
    public enum Verdict {
        VALID, VALID_UNBOUND, MISSING, MALFORMED, BAD_SIGNATURE, OUTSIDE_WINDOW;

        public boolean valid() {
            return this == VALID;
        }
    }
}
