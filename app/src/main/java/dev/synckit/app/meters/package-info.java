/**
 * The deployment meters on {@code GET /metrics}: outcomes and durations told by core's transitions, and the
 * queued/running gauges read from the store, so that every replica shows the same numbers.
 */
package dev.synckit.app.meters;
