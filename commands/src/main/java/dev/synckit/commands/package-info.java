/**
 * What a slash command or a button click does: each one permission-checked, answered or deferred at once, and run
 * on a virtual thread so JDA's event thread never blocks on the store or an agent.
 */
package dev.synckit.commands;
