/**
 * The bot: the JDA connection (no privileged intents), command registration only when the definitions changed,
 * the one live status message of each deployment, and the announcements of new versions.
 */
package dev.synckit.bot;
