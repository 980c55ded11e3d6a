/**
 * The REST side: the /api/v10 routes JDA calls, split by Discord resource, Discord's limits and error shapes, and the
 * /emulator routes the browser playground uses.
 */
package dev.synckit.testkit.rest;
