package dev.synckit.contract.agent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + body} with the agent secret, sent as {@code X-Synckit-Timestamp}
 * (unix seconds) and {@code X-Synckit-Signature: sha256=<hex>}. Binding the timestamp lets the receiver refuse
 * replays outside its window.
 */
public final class CallbackSignature {

    public static final String TIMESTAMP_HEADER = "X-Synckit-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Synckit-Signature";
    public static final String SCHEME = "sha256=";

    private final SecretKeySpec key;

    public CallbackSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a signature needs a non-empty secret");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The header value {@code sha256=<hex>} for a body sent at {@code unixSeconds}. */
    public String sign(long unixSeconds, byte[] body) {
        return SCHEME + HexFormat.of().formatHex(mac(unixSeconds, body));
    }

    byte[] mac(long unixSeconds, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
