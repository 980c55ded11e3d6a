package dev.synckit.core.people;

import java.util.Map;
import java.util.Optional;

/**
 * The names of a set of actors, as deployments and the audit log record them: a Discord user id by the name the
 * person last had, a scoped token by its own name, anything else ({@code api}, {@code watcher},
 * {@code event:…}) by itself.
 */
public record ActorNames(Map<String, String> byActor) {

    public ActorNames {
        byActor = Map.copyOf(byActor);
    }

    /** The actor's name; empty for a Discord user synckit has not seen yet. */
    public Optional<String> of(String actor) {
        return Optional.ofNullable(byActor.get(actor));
    }
}
