/**
 * A running service's OpenAPI document and the probe of its operations, and a recorder of the routes registered on
 * Helidon's rules: for the webhooks' tests and the app's test of the running playground.
 */
package dev.synckit.webhooks.testing;
