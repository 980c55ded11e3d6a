package dev.synckit.embeds;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text before it is rendered: credentials in URLs, bearer tokens, and the secret values the
 * caller knows (agent secrets, tokens). Applied before any cut, so a cut can never leave part of a secret behind.
 */
public final class Masking {

    static final String MASK = "****";
    // a scheme starts only where no scheme character precedes it, so each run of letters is scanned once
    private static final Pattern URL_CREDENTIALS = Pattern.compile(
            "(?i)(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*+://)[^\\s/?#@]++@");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s+)[^\\s\"']+");

    private final List<String> secrets;

    private Masking(Set<String> secrets) {
        // longest first, so a secret that contains another is masked whole
        this.secrets = secrets.stream()
                .filter(s -> s != null && !s.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Masks URL credentials, bearer tokens and every given secret value. */
    public static Masking of(Set<String> secrets) {
        return new Masking(secrets);
    }

    /** Masks URL credentials and bearer tokens only. */
    public static Masking urlsOnly() {
        return new Masking(Set.of());
    }

    public String mask(String text) {
        var masked = text;
        for (var secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        masked = URL_CREDENTIALS.matcher(masked).replaceAll("$1***@");
        return BEARER.matcher(masked).replaceAll("$1" + MASK);
    }
}
