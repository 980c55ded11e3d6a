/**
 * A Discord emulator on loopback (REST and gateway) that the real JDA connects to, and the handles a test or the
 * browser playground uses to act as a guild member and to see what the bot sent.
 */
package dev.synckit.testkit;
