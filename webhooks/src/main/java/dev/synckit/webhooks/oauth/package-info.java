/**
 * Discord's OAuth2 endpoints over HTTP, behind core's {@code DiscordOAuth} port: the authorization URL, the token
 * exchange, and what the user's token and the bot's say about who they are in the guild.
 */
package dev.synckit.webhooks.oauth;
