package dev.synckit.store;

import dev.synckit.core.people.PeopleStore;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** People's display names in table {@code person}, one row per Discord user id. */
final class SqlPeopleStore implements PeopleStore {

    private final Database database;

    SqlPeopleStore(Database database) {
        this.database = database;
    }

    @Override
    public void remember(String userId, String name, Instant at) {
        if (update(userId, name, at) == 0) {
            try {
                database.write("remembering the name of user " + userId,
                        "INSERT INTO person (user_id, name, seen_at) VALUES (?, ?, ?)", userId, name, UtcMillis.of(at));
            } catch (DuplicateRowException e) {
                // the same person acted twice at once: the other insert won, this one's name replaces it
                update(userId, name, at);
            }
        }
    }

    @Override
    public Map<String, String> names(Set<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        var marks = String.join(", ", Collections.nCopies(userIds.size(), "?"));
        return database.many("reading the names of " + userIds.size() + " people",
                        "SELECT user_id, name FROM person WHERE user_id IN (" + marks + ")", userIds.toArray())
                .stream().collect(Collectors.toUnmodifiableMap(row -> row.text("user_id"), row -> row.text("name")));
    }

    private long update(String userId, String name, Instant at) {
        return database.write("updating the name of user " + userId,
                "UPDATE person SET name = ?, seen_at = ? WHERE user_id = ?", name, UtcMillis.of(at), userId);
    }
}
