/**
 * The gateway websocket: HELLO, IDENTIFY/READY, heartbeats, RESUME with replay of missed dispatches, and the
 * dispatch of events with increasing sequence numbers.
 */
package dev.synckit.testkit.gateway;
