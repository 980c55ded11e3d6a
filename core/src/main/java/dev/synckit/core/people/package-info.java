/**
 * People by name: the display name of each Discord user synckit has seen (a command, a click, a login), so that
 * what records them by id (deployments, the audit log, locks, tokens) can show who they are.
 */
package dev.synckit.core.people;
