/** The ports the storage adapter implements, and the one failure they all share: the store is unreachable. */
package dev.synckit.core.store;
