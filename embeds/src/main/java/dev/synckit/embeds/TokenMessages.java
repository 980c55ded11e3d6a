package dev.synckit.embeds;

import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.ApiTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The private answers of {@code /token}: the token once at creation, the list (names, scope, last use; never a
 * token), a revocation. Times are Discord's {@code <t:…:R>}, which each reader sees in their own words and zone.
 */
public final class TokenMessages {

    static final String TITLE = "API tokens";
    static final int COLOR = 0x5865F2;

    private TokenMessages() {
    }

    /** The one time the token is shown: the person copies it into their CI's secrets. */
    public static String created(ApiTokens.CreatedToken created) {
        var token = created.token();
        return "Created token " + name(token) + " (" + scope(token) + ").\n"
                + "Copy it now into your CI's secrets; it is never shown again:\n"
                + "```\n" + created.plain() + "\n```"
                + "Use it as `Authorization: Bearer <token>`. `/token revoke " + token.name() + "` stops it at once.";
    }

    public static RenderedMessage list(List<ApiToken> newestFirst) {
        var lines = new ArrayList<String>();
        newestFirst.stream().filter(token -> !token.revoked()).forEach(token -> lines.add(line(token)));
        var revoked = newestFirst.stream().filter(ApiToken::revoked).count();
        if (revoked > 0) {
            lines.add("-# and " + revoked + " revoked");
        }
        var draft = new EmbedDraft().title(TITLE).color(COLOR);
        var text = lines.isEmpty() ? "No tokens yet. `/token create` makes one." : String.join("\n", lines);
        return new RenderedMessage(draft.description(Fit.head(text, draft.descriptionRoom())).build(), List.of());
    }

    /** The same words whether this revocation or an earlier one did it: either way the token is dead now. */
    public static String revoked(ApiToken token) {
        return "Token " + name(token) + " is revoked" + token.revokedAt().map(at -> " (" + relative(at) + ")")
                .orElse("") + ": it is refused from now on.";
    }

    public static String unknown(String nameOrId) {
        return "There is no token named " + code(nameOrId) + ".";
    }

    /** {@code `ci` (`a1b2c3d4e5f6`) · web, api · deploy, read · last used <t:…:R>} */
    static String line(ApiToken token) {
        return name(token) + " (" + code(token.id()) + ") · " + scope(token) + " · "
                + token.lastUsedAt().map(at -> "last used " + relative(at)).orElse("never used");
    }

    private static String scope(ApiToken token) {
        var targets = token.scope().allTargets() ? "every target"
                : "target" + (token.scope().targets().size() == 1 ? " " : "s ")
                        + String.join(", ", token.scope().targetNames());
        return Fit.line(targets, 300) + "; " + String.join(", ", token.scope().actionNames());
    }

    private static String name(ApiToken token) {
        return code(token.name());
    }

    private static String code(String text) {
        return "`" + Fit.line(text.replace("`", "'").replace('\n', ' '), 64) + "`";
    }

    static String relative(Instant at) {
        return "<t:" + at.getEpochSecond() + ":R>";
    }
}
