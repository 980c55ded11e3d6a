/**
 * core's storage ports on H2 (a file by default) or PostgreSQL: Helidon DB Client over a Hikari pool, schema by
 * Flyway. {@link dev.synckit.store.Store#open} is the one way in; {@link dev.synckit.store.StoreBackup} copies
 * synckit's tables to and from one portable backup file.
 */
package dev.synckit.store;
