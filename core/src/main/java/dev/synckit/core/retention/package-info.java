/**
 * Retention: what the store keeps and for how long. The {@link dev.synckit.core.retention.Pruner} removes expired
 * rows in small batches through the {@link dev.synckit.core.retention.RetentionStore} port.
 */
package dev.synckit.core.retention;
