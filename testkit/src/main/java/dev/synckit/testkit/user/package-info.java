/**
 * A guild member's side of Discord: slash commands and button clicks, sent to the bot as INTERACTION_CREATE
 * exactly as JDA needs them, each with a handle on what the bot answers.
 */
package dev.synckit.testkit.user;
