package dev.synckit.core.people;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Where each Discord user's latest display name is kept, by user id. */
public interface PeopleStore {

    /** Keeps {@code name} as the user's display name, seen {@code at}; replaces the one kept before. */
    void remember(String userId, String name, Instant at);

    /** The names kept for those of {@code userIds} that have one. */
    Map<String, String> names(Set<String> userIds);
}
