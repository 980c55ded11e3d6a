/**
 * The deploy agents as core sees them: start a run (idempotent by deployment id), ask its state, cancel it. The
 * agent-client module implements {@link dev.synckit.core.agent.AgentPort} over HTTP.
 */
package dev.synckit.core.agent;
