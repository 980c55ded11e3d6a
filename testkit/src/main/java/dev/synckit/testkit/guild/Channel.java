package dev.synckit.testkit.guild;

/** A guild text channel. */
public record Channel(long id, String name, int position) {
}
