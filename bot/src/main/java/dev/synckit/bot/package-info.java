/**
 * The bot: the JDA connection (no privileged intents), command registration only when the definitions changed,
 * the one live status message of each deployment, the status board of every target, and the announcements of new
 * versions.
 */
package dev.synckit.bot;
