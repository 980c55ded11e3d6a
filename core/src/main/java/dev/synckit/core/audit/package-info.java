/** The audit log: who asked for what, and when: every request, confirmation, cancel, lock and unlock. */
package dev.synckit.core.audit;
