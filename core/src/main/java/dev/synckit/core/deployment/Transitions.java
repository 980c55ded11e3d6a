package dev.synckit.core.deployment;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a stored deployment changes: read it, compute the change, compare-and-set it against the status it
 * was read in, and tell the listeners. Another process changing it meanwhile makes the change run again on the
 * fresh row, so changes from callbacks, polls and people never overwrite each other.
 */
public final class Transitions {

    private static final Logger LOG = LoggerFactory.getLogger(Transitions.class);
    private static final int ATTEMPTS = 5;

    private final DeploymentStore store;
    private final List<DeploymentListener> listeners = new CopyOnWriteArrayList<>();

    public Transitions(DeploymentStore store) {
        this.store = store;
    }

    /** Adds a listener told of every change from now on. */
    public void listen(DeploymentListener listener) {
        listeners.add(listener);
    }

    /**
     * Applies {@code change} to the stored deployment; the change answers empty when it no longer applies.
     *
     * @return the stored result, or empty when there is no such deployment or the change did not apply
     */
    public Optional<Deployment> change(DeploymentId id, Function<Deployment, Optional<Deployment>> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var current = store.find(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            var next = change.apply(current.get());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get().equals(current.get())) {
                return next;
            }
            if (store.update(current.get().status(), next.get())) {
                announce(next.get());
                return next;
            }
        }
        LOG.warn("deployment {} kept changing under us; gave up after {} attempts", id, ATTEMPTS);
        return Optional.empty();
    }

    /** Stores a new deployment and tells the listeners. */
    public void insert(Deployment deployment) {
        store.insert(deployment);
        announce(deployment);
    }

    /** Tells the listeners of a change the store made itself (a claim moved it to running). */
    public void claimed(Deployment deployment) {
        announce(deployment);
    }

    private void announce(Deployment deployment) {
        for (var listener : listeners) {
            try {
                listener.changed(deployment);
            } catch (RuntimeException e) {
                LOG.warn("a deployment listener failed on {}: {}", deployment.id(), e.toString());
            }
        }
    }
}
