package dev.synckit.agent.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in every text that leaves the agent: the agent secret, the values of environment variables named
 * {@code *_SECRET}, {@code *_TOKEN} or {@code *_PASSWORD}, and credentials in URLs ({@code https://u:p@h} becomes
 * {@code https://***@h}).
 */
public final class Masker {

    static final String MASK = "***";
    private static final Pattern URL_CREDENTIALS = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/\\s@]+@");
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
        this.secrets = List.copyOf(values);
    }

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return URL_CREDENTIALS.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    }
}
