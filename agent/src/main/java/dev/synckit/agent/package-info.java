/**
 * The deploy agent's entry point and wiring: settings from the environment, the pipeline file, the queue, the
 * HTTP server and the watchers, put together by hand.
 */
package dev.synckit.agent;
