/**
 * Signed progress callbacks: each deployment's events go out in order, output coalesced, each retried with backoff
 * until the receiver acknowledges it with a 2xx.
 */
package dev.synckit.agent.callback;
