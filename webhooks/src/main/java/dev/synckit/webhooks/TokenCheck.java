package dev.synckit.webhooks;

/**
 * Decides whether a presented token is the configured secret. Implementations compare in constant time and accept
 * nothing when no secret is configured.
 */
@FunctionalInterface
public interface TokenCheck {

    boolean matches(String presented);
}
