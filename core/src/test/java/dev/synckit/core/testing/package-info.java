/** In-memory implementations of core's ports, for the unit tests of core and of the adapters that call it. */
package dev.synckit.core.testing;
