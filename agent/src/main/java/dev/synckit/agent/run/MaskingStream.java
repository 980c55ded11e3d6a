package dev.synckit.agent.run;

import java.util.List;
import java.util.function.Consumer;

/**
 * Masks text that arrives in pieces of any size. It holds back only what could still turn out to be part of a
 * secret (an end of the text that begins a secret, and a URL's user part up to {@link #MAX_USER_INFO} characters),
 * so memory stays bounded, every character is looked at a bounded number of times, and a line that ends with a
 * newline is passed on at once.
 */
public final class MaskingStream {

    /** A longer run after {@code ://} without an {@code @} is not taken for credentials. */
    static final int MAX_USER_INFO = 2048;

    private final Literals literals;
    private final UrlCredentials urls;
    private final Consumer<CharSequence> out;

    MaskingStream(List<String> secrets, Consumer<CharSequence> out) {
        this.literals = new Literals(secrets);
        this.urls = new UrlCredentials();
        this.out = out;
    }

    /** Masks what can be decided now and passes it on. */
    public void write(CharSequence text) {
        pass(urls.drain(literals.drain(text, false), false));
    }

    /** The text has ended: what was held back is masked and passed on. */
    public void finish() {
        pass(urls.drain(literals.drain("", true), true));
    }

    private void pass(CharSequence masked) {
        if (!masked.isEmpty()) {
            out.accept(masked);
        }
    }

    /** Literal secret values, the longest first when two start at the same place. */
    private static final class Literals {
        private final List<String> secrets;
        private final StringBuilder pending = new StringBuilder();

        Literals(List<String> secrets) {
            this.secrets = secrets;
        }

        CharSequence drain(CharSequence text, boolean end) {
            pending.append(text);
            // a secret starting before `safe` ends inside `pending`, so it can be decided now
            int safe = end ? pending.length() : pending.length() - secretStartAtEnd();
            if (safe <= 0) {
                return "";
            }
            var masked = new StringBuilder(safe);
            int[] next = new int[secrets.size()];
            java.util.Arrays.fill(next, -2);
            int at = 0;
            while (at < safe) {
                int best = -1;
                int bestLength = 0;
                for (int s = 0; s < next.length; s++) {
                    if (next[s] == -2 || next[s] >= 0 && next[s] < at) {
                        next[s] = pending.indexOf(secrets.get(s), at);
                    }
                    if (next[s] >= 0 && next[s] < safe && (best < 0 || next[s] < best)) {
                        best = next[s];
                        bestLength = secrets.get(s).length();
                    }
                }
                if (best < 0) {
                    masked.append(pending, at, safe);
                    at = safe;
                } else {
                    masked.append(pending, at, best).append(Masker.MASK);
                    at = best + bestLength;
                }
            }
            pending.delete(0, at);
            return masked;
        }

        /** The length of the longest end of {@code pending} that is the beginning of a secret. */
        private int secretStartAtEnd() {
            int longest = 0;
            for (String secret : secrets) {
                for (int length = Math.min(secret.length() - 1, pending.length()); length > longest; length--) {
                    if (endsWith(secret, length)) {
                        longest = length;
                        break;
                    }
                }
            }
            return longest;
        }

        private boolean endsWith(String secret, int length) {
            int from = pending.length() - length;
            for (int i = 0; i < length; i++) {
                if (pending.charAt(from + i) != secret.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The user part of {@code scheme://user:password@host}, however the text was cut. */
    private static final class UrlCredentials {
        private final StringBuilder pending = new StringBuilder();

        CharSequence drain(CharSequence text, boolean end) {
            pending.append(text);
            var masked = new StringBuilder(pending.length());
            int at = 0;
            while (true) {
                int scheme = pending.indexOf("://", at);
                if (scheme < 0) {
                    // keep a trailing ":" or ":/" that the next piece may complete to "://"
                    int keep = end ? pending.length() : Math.max(at, pending.length() - partialScheme());
                    masked.append(pending, at, keep);
                    at = keep;
                    break;
                }
                int user = scheme + 3;
                int stop = user;
                while (stop < pending.length() && stop - user <= MAX_USER_INFO && !endsUserInfo(pending.charAt(stop))) {
                    stop++;
                }
                if (stop == pending.length() && !end && stop - user <= MAX_USER_INFO) {
                    // undecided until the run ends: hold it, with its "://"
                    masked.append(pending, at, scheme);
                    at = scheme;
                    break;
                }
                if (stop < pending.length() && pending.charAt(stop) == '@' && stop > user) {
                    masked.append(pending, at, user).append(Masker.MASK);
                } else {
                    masked.append(pending, at, stop);
                }
                at = stop;
            }
            pending.delete(0, at);
            return masked;
        }

        private int partialScheme() {
            int length = pending.length();
            if (length >= 2 && pending.charAt(length - 2) == ':' && pending.charAt(length - 1) == '/') {
                return 2;
            }
            return length >= 1 && pending.charAt(length - 1) == ':' ? 1 : 0;
        }

        private static boolean endsUserInfo(char c) {
            return c == '@' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
                    || c == '\r';
        }
    }
}
