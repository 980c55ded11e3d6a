/**
 * Scoped API tokens: which targets and actions a CI system or device farm may use, shown once, kept only as a
 * SHA-256 hash, revocable at once, with the time each was last used.
 */
package dev.synckit.core.token;
