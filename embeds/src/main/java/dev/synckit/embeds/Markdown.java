package dev.synckit.embeds;

/**
 * Free text placed where Discord renders markdown: every character that could start formatting, a link, a code
 * span or a mention is escaped, so that text from outside (a reason, an error) shows as written.
 */
final class Markdown {

    private static final String SPECIAL = "\\*_~`|[]()<>#";

    private Markdown() {
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
