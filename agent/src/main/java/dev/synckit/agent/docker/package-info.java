/**
 * The Docker Engine API client of the deploy agent: HTTP/1.1 over the engine's unix or tcp socket, JDK only.
 * Builds, pulls, inspects, and recreates containers with their configuration intact, restoring the old one on failure.
 */
package dev.synckit.agent.docker;
