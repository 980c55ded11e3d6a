/**
 * The service's HTTP surface against careless and hostile bodies: what every endpoint answers to JSON that is null,
 * of the wrong type, empty, or carries control characters.
 */
package dev.synckit.app.surface;
