/** Locks a person takes on a target to stop deployments to it, with who and why, until they or a maintainer release it. */
package dev.synckit.core.lock;
