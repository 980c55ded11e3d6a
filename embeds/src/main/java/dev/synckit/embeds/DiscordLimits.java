package dev.synckit.embeds;

/**
 * The one place that knows Discord's message limits. Lengths are counted in UTF-16 units, as JDA counts them: never
 * fewer than the characters Discord counts, so whatever fits here fits there.
 */
public final class DiscordLimits {

    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int AUTHOR = 256;
    /** Title, description, field names and values, footer and author together. */
    public static final int EMBED_TOTAL = 6000;
    public static final int MESSAGE_CONTENT = 2000;
    public static final int EMBEDS_PER_MESSAGE = 10;
    public static final int ACTION_ROWS = 5;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int CUSTOM_ID = 100;
    public static final int BUTTON_LABEL = 80;

    private DiscordLimits() {
    }
}
