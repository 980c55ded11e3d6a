/**
 * Pure functions from domain state to Discord messages (JDA types only): no I/O, no clock reads. Every Discord size
 * limit is enforced here and every secret is masked here, so no input can produce a message Discord would reject.
 */
package dev.synckit.embeds;
