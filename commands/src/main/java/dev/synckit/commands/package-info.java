/**
 * What a slash command or a button click does: the commands as jda-commands controllers, the restart-safe
 * {@code sk1:} buttons on a dispatcher of their own beside it, each one checked by the maintainer rule, answered or
 * deferred at once, and counted as it ends.
 */
package dev.synckit.commands;
