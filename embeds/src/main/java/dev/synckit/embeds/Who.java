package dev.synckit.embeds;

import java.util.regex.Pattern;

/**
 * Who asked, as a description or field shows it: a Discord user id becomes a mention (which Discord renders as the
 * name, without pinging anyone from an embed); anything else (a token name, {@code event:…}) is shown as text.
 */
final class Who {

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{15,20}");

    private Who() {
    }

    static String mention(String requestedBy) {
        if (SNOWFLAKE.matcher(requestedBy).matches()) {
            return "<@" + requestedBy + ">";
        }
        if (requestedBy.isBlank()) {
            return "unknown";
        }
        return Fit.line(Markdown.escape(Masking.urlsOnly().mask(requestedBy).replace('\n', ' ')), 100);
    }
}
