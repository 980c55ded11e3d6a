/**
 * The emulated guild: one application, its roles, members and text channels, the ids they carry, and their Discord
 * JSON. Thread-safe: tests, the gateway and REST handlers read it concurrently.
 */
package dev.synckit.testkit.guild;
