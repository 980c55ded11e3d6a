package dev.synckit.embeds;

import dev.synckit.contract.NewVersionEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * How a button names the new-version event it acts on. The event key ({@code package@version}) itself when it is
 * short plain ASCII; otherwise {@code #} and the first 16 hex digits of its SHA-256, because a Deploy button's id
 * must stay within 100 characters even for a 64-character target name. A hashed reference cannot be turned back
 * into the key: match it against the keys of stored events with {@link #refersTo(String)}.
 */
public record EventRef(String value) {

    /** {@code sk1:deploy:} (11) + the longest target name (64) + {@code :} leaves 24. */
    static final int MAX_VERBATIM = 24;
    private static final Pattern VERBATIM = Pattern.compile("[!-~&&[^#]][!-~]{0," + (MAX_VERBATIM - 1) + "}");
    private static final Pattern HASHED = Pattern.compile("#[0-9a-f]{16}");

    public EventRef {
        if (value == null || !(VERBATIM.matcher(value).matches() || HASHED.matcher(value).matches())) {
            throw new IllegalArgumentException("not an event reference: " + value);
        }
    }

    /** The key of an event, as buttons and the store's uniqueness know it. */
    public static String keyOf(NewVersionEvent event) {
        return event.packageName() + "@" + event.version();
    }

    public static EventRef of(NewVersionEvent event) {
        return ofKey(keyOf(event));
    }

    public static EventRef ofKey(String eventKey) {
        return VERBATIM.matcher(eventKey).matches() ? new EventRef(eventKey) : new EventRef("#" + hash(eventKey));
    }

    /** Whether this reference names the event with this key. */
    public boolean refersTo(String eventKey) {
        return ofKey(eventKey).equals(this);
    }

    public boolean hashed() {
        return value.startsWith("#");
    }

    private static String hash(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
