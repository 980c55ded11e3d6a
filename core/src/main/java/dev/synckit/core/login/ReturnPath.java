package dev.synckit.core.login;

import java.util.Optional;

/**
 * Where a browser goes after logging in: a path on this service only. Anything that a browser could read as
 * another site ({@code //evil.example}, {@code /\evil.example}, {@code https://…}) is refused, so the login can
 * never be used as an open redirect.
 */
public final class ReturnPath {

    public static final String HOME = "/";
    private static final int MAX_LENGTH = 2048;

    private ReturnPath() {
    }

    /** The path itself when it is a local one; absent or blank means {@link #HOME}; anything else is empty. */
    public static Optional<String> of(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.of(HOME);
        }
        if (requested.length() > MAX_LENGTH || !requested.startsWith("/") || requested.startsWith("//")
                || requested.startsWith("/\\") || requested.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        return Optional.of(requested);
    }
}
