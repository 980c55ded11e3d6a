package dev.synckit.testkit.guild;

/** A guild role; the @everyone role has the guild's id. {@code managed} marks the bot's own integration role. */
public record Role(long id, String name, long permissions, int position, int color, boolean managed) {
}
