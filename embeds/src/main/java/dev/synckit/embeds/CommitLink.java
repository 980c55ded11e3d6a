package dev.synckit.embeds;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A commit as markdown: its short hash, linked to {@code <repo>/commit/<full hash>} when the repository is known.
 * Only plain http(s) repository URLs without credentials and real hex hashes become links, so neither can break the
 * markdown nor leak a password.
 */
final class CommitLink {

    static final int SHORT = 7;
    /** Longer repository URLs are shown without links, so two links never crowd out a description. */
    private static final int MAX_URL = 200;
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{4,64}");
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s()<>\\[\\]@`]+");

    private CommitLink() {
    }

    static String shortHash(String hash) {
        return HASH.matcher(hash).matches() ? hash.substring(0, Math.min(SHORT, hash.length())) : hash;
    }

    /** {@code [a1b2c3d](repo/commit/full)}, or {@code `a1b2c3d`} when no link can be made. */
    static String markdown(String hash, Optional<URI> repoUrl) {
        if (!HASH.matcher(hash).matches()) {
            return "`" + Fit.line(hash.replace("`", "'"), 40) + "`";
        }
        var base = repoUrl.map(URI::toString).map(CommitLink::base).filter(u -> u.length() <= MAX_URL && SAFE_URL.matcher(u).matches());
        return base.map(b -> "[" + shortHash(hash) + "](" + b + "/commit/" + hash.toLowerCase(Locale.ROOT) + ")")
                .orElse("`" + shortHash(hash) + "`");
    }

    private static String base(String url) {
        var trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return trimmed.endsWith(".git") ? trimmed.substring(0, trimmed.length() - 4) : trimmed;
    }
}
