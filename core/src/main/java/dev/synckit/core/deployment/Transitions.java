package dev.synckit.core.deployment;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a stored deployment changes: read it, compute the change, check the move against the state machine
 * ({@link DeploymentStatus#canMoveTo}), compare-and-set it against the version it was read at, and tell the
 * listeners. Another process changing it meanwhile makes the change run again on the fresh row, so changes from
 * callbacks, polls and people never overwrite each other, even when they leave the status as it was.
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
     * Applies {@code change} to the stored deployment; the change answers empty when it no longer applies. A move
     * the state machine forbids (out of a final state, or backwards) is refused: it is a bug or a stale view.
     *
     * @return the stored result, or empty when there is no such deployment, the change did not apply or it was
     *         refused
     */
    public Optional<Deployment> change(DeploymentId id, Function<Deployment, Optional<Deployment>> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = store.findStored(id);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            var current = stored.get().deployment();
            var next = change.apply(current);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get().equals(current)) {
                return next;
            }
            if (!allowed(current.status(), next.get().status())) {
                LOG.warn("deployment {} may not move from {} to {}; the change is refused", id,
                        current.status().wireName(), next.get().status().wireName());
                return Optional.empty();
            }
            if (store.update(stored.get(), next.get())) {
                announce(next.get());
                return next;
            }
        }
        LOG.warn("deployment {} kept changing under us; gave up after {} attempts", id, ATTEMPTS);
        return Optional.empty();
    }

    /** A deployment may change within an unfinished state (steps, hashes) or move as the state machine allows. */
    private static boolean allowed(DeploymentStatus from, DeploymentStatus to) {
        return from == to ? !from.isFinal() : from.canMoveTo(to);
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
