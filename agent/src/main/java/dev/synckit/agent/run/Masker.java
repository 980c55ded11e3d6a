package dev.synckit.agent.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Hides secrets in every text that leaves the agent: the agent secret, the values of environment variables named
 * {@code *_SECRET}, {@code *_TOKEN} or {@code *_PASSWORD}, and credentials in URLs ({@code https://u:p@h} becomes
 * {@code https://***@h}). Output is masked as one stream ({@link #stream}), before it is cut into lines or pieces,
 * so a secret split across a read, a line or a piece is hidden all the same; the work is linear in the text.
 */
public final class Masker {

    static final String MASK = "***";
    private static final Pattern SECRET_NAME = Pattern.compile(".*_(SECRET|TOKEN|PASSWORD)");
    private static final int MIN_SECRET_LENGTH = 4;

    private final List<String> secrets;

    public Masker(String agentSecret, Map<String, String> environment) {
        var values = new ArrayList<String>();
        if (agentSecret != null && !agentSecret.isEmpty()) {
            values.add(agentSecret);
        }
        environment.forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).matches() && value != null && value.length() >= MIN_SECRET_LENGTH) {
                values.add(value);
            }
        });
        // the longest first, so a secret that contains another is hidden whole
        values.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(values.stream().distinct().toList());
    }

    /** The text with every secret hidden. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var masked = new StringBuilder(text.length());
        var stream = stream(masked::append);
        stream.write(text);
        stream.finish();
        return masked.toString();
    }

    /** A stream that hides secrets in text arriving in any pieces and passes the masked text to {@code out}. */
    public MaskingStream stream(Consumer<CharSequence> out) {
        return new MaskingStream(secrets, out);
    }
}
