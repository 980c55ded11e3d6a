/**
 * What the bot sent, as Discord would keep it: channel messages with every version, interaction responses,
 * command registrations. Waiting on it is event-driven, always with a timeout.
 */
package dev.synckit.testkit.record;
