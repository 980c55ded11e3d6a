/**
 * What the chat side must remember across restarts, without core knowing Discord: where each deployment's status
 * message and each announcement was posted, clicks already acted on, and small settings such as the events
 * announced.
 */
package dev.synckit.core.chat;
