package dev.synckit.agent.run;

import java.util.regex.Pattern;

/**
 * Commit links from a pipeline's {@code repo_url}, for GitHub- and GitLab-style https URLs
 * ({@code https://host/owner/repo[.git]} becomes {@code https://host/owner/repo/commit/<hash>}).
 */
final class CommitLinks {

    private static final Pattern HTTPS_REPO = Pattern.compile("https://[^/@\\s]+/[^\\s?#]+?");
    private static final Pattern REVISION = Pattern.compile("[0-9a-f]{7,64}");

    private final String base;

    CommitLinks(String repoUrl) {
        String url = repoUrl == null ? "" : repoUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.endsWith(".git")) {
            url = url.substring(0, url.length() - 4);
        }
        this.base = HTTPS_REPO.matcher(url).matches() && url.chars().filter(c -> c == '/').count() >= 4 ? url : null;
    }

    /** The commit page of a full git hash; null without a usable repo URL or for an image id. */
    String commit(String revision) {
        if (base == null || revision == null || !REVISION.matcher(revision).matches()) {
            return null;
        }
        return base + "/commit/" + revision;
    }

    /** Seven characters, as git shows a short hash; image ids lose their {@code sha256:} and keep twelve. */
    static String shortHash(String revision) {
        if (revision == null || revision.isEmpty()) {
            return null;
        }
        if (revision.startsWith("sha256:")) {
            return DockerSteps.shortId(revision);
        }
        return revision.length() > 7 ? revision.substring(0, 7) : revision;
    }
}
