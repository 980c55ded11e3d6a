package dev.synckit.core.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actor  who did it (a Discord user id, an API token's name, {@code system})
 * @param action what, in a short verb form: {@code deploy.requested}, {@code lock.acquired}, …
 * @param target the target it concerns, or empty
 * @param detail free text for people, never a secret
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) {
}
