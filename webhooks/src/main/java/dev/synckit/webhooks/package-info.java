/**
 * synckit's HTTP surface on Helidon SE: routing as plain code. Handlers parse and check what comes in, call core's
 * services, and answer with the contract's plain bodies where synckit fixed them and JSON errors elsewhere.
 */
package dev.synckit.webhooks;
