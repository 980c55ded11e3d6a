package dev.synckit.core.deployment;

/**
 * A deployment as read from the store, with the number of changes made to it so far: what a change compares before
 * it writes, so that a snapshot read before another change (even one that kept the status) never overwrites it.
 */
public record StoredDeployment(Deployment deployment, long version) {
}
