/**
 * The service's client for deploy agents: the {@code /v1/deployments} protocol and the old {@code POST /deploy},
 * each call under a timeout, idempotent calls retried, and one circuit breaker per agent so a dead agent fails fast.
 */
package dev.synckit.agentclient;
