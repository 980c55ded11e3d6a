/**
 * The agent's HTTP face on the JDK's own server: synckit's {@code POST /deploy} byte for byte, and the
 * {@code /v1/deployments} asynchronous protocol.
 */
package dev.synckit.agent.http;
