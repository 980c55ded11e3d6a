/**
 * synckit's domain. It knows no JDA, no Helidon, no SQL and no HTTP: adapters implement its ports
 * ({@code dev.synckit.core.store}) and call its services.
 */
package dev.synckit.core;
