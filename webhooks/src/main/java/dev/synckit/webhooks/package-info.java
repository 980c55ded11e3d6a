/**
 * synckit's HTTP surface on Helidon SE, routing as plain code: handlers check what comes in, call core's services and
 * answer with the contract's plain bodies or JSON errors; the API takes the environment's token or scoped tokens, and
 * "Log in with Discord" guards applications' routes.
 */
package dev.synckit.webhooks;
