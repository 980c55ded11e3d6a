package dev.synckit.embeds;

import dev.synckit.contract.VerifyInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The answer to {@code /verify}: which build this server runs, and how to check it yourself. */
public final class VerifyMessage {

    static final int COLOR = 0x5865F2;
    static final String HOW_TO_CHECK = "Compare the SHA-256 above with `sha256sum` of the released jar; "
            + "the server answers the same at `GET /verify`.";

    private VerifyMessage() {
    }

    /** @param commit the full commit hash the build came from; blank when unknown */
    public static RenderedMessage render(VerifyInfo info, String commit, Optional<URI> repoUrl) {
        var urls = Masking.urlsOnly();
        var draft = new EmbedDraft()
                .title(orUnknown(urls.mask(info.name())))
                .color(COLOR)
                .field("Version", orUnknown(urls.mask(info.version())), true)
                .field("Commit", commit.isBlank() ? "unknown" : CommitLink.markdown(urls.mask(commit.strip()), repoUrl),
                        true)
                .field("Built", orUnknown(urls.mask(info.date())), true)
                .field("SHA-256", info.sha256().isBlank() ? "unknown" : code(urls.mask(info.sha256())), false)
                .field("How to check", HOW_TO_CHECK, false);
        return new RenderedMessage(draft.build(), List.of());
    }

    private static String code(String text) {
        return "`" + Fit.line(text.replace("`", "'"), DiscordLimits.FIELD_VALUE - 2) + "`";
    }

    private static String orUnknown(String text) {
        return text.isBlank() ? "unknown" : text;
    }
}
