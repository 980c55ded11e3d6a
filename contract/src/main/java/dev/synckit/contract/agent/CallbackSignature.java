package dev.synckit.contract.agent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with the agent secret, sent as {@code X-Synckit-Timestamp} (unix seconds) and
 * {@code X-Synckit-Signature}. Binding the timestamp lets the receiver refuse replays outside its window.
 *
 * <p>A <em>bound</em> signature ({@code sha256-bound=<hex>}) covers {@code timestamp + "." + subject + "\n" + body},
 * where the subject is what the event is posted for: the last segment of the URL's path (the service's deployment
 * id for a callback, the target's name for a watcher's event). The same bytes posted for another subject fail.
 * The older {@code sha256=<hex>} over {@code timestamp + "." + body} is still made for peers that know no other.
 */
public final class CallbackSignature {

    public static final String TIMESTAMP_HEADER = "X-Synckit-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Synckit-Signature";
    /** The scheme of a signature not bound to its subject, as agents before bound signatures sent it. */
    public static final String SCHEME = "sha256=";
    public static final String BOUND_SCHEME = "sha256-bound=";

    private final SecretKeySpec key;

    public CallbackSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a signature needs a non-empty secret");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The header value {@code sha256=<hex>} for a body sent at {@code unixSeconds}, bound to no subject. */
    public String sign(long unixSeconds, byte[] body) {
        return SCHEME + HexFormat.of().formatHex(mac(unixSeconds + ".", body));
    }

    /** The header value {@code sha256-bound=<hex>} for a body sent at {@code unixSeconds} for {@code subject}. */
    public String signFor(String subject, long unixSeconds, byte[] body) {
        return BOUND_SCHEME + HexFormat.of().formatHex(mac(boundPrefix(subject, unixSeconds), body));
    }

    /** The subject of a URL: its path's last segment, as a receiver routes it. */
    public static String subjectOf(java.net.URI url) {
        var path = url.getPath() == null ? "" : url.getPath();
        var trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    static String boundPrefix(String subject, long unixSeconds) {
        return unixSeconds + "." + subject + "\n";
    }

    byte[] mac(String prefix, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
