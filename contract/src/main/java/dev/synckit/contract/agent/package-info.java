/**
 * The deploy agent's asynchronous protocol ({@code /v1/deployments}): request, state and callback records, and the
 * HMAC signature both sides use for callbacks (and, optionally, requests). Shared by the agent and its client.
 */
package dev.synckit.contract.agent;
