/**
 * The local playground, run when no Discord token is set: the testkit's Discord emulator, a demo git repository and
 * a deploy agent in the service's process, the real bot connected to that emulator, and a web page that acts in it.
 */
package dev.synckit.app.playground;
