/**
 * Deployments as durable jobs: their states and the moves between them, their steps, and the port that keeps
 * them. State lives in the store so that a restart forgets nothing.
 */
package dev.synckit.core.deployment;
