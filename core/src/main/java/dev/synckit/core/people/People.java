package dev.synckit.core.people;

import dev.synckit.core.ControlCharacters;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Remembers who is who: each time a Discord user acts (a command, a click, a login) their display name is kept
 * beside their id, and whatever shows an actor id asks here for the name. Deployments and the audit log keep the
 * id, which never changes; the name shown is the one the person had when last seen, as Discord shows a mention.
 */
public final class People {

    /** Discord's longest display name is 32 characters; a nickname, 32. The column holds a little more. */
    static final int LONGEST_NAME = 100;
    private static final Pattern USER_ID = Pattern.compile("[0-9]{15,20}");
    private static final String TOKEN_ACTOR = "token:";

    private final PeopleStore store;
    private final Clock clock;

    public People(PeopleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The Discord user {@code userId} acts under {@code displayName}. Control characters (as {@link ControlCharacters}
     * counts them) become spaces, since a name is shown in logs and pages; a blank name, or an id that is not a
     * snowflake, is not kept.
     */
    public void seen(String userId, String displayName) {
        if (userId == null || displayName == null || !USER_ID.matcher(userId).matches()) {
            return;
        }
        var spaced = new StringBuilder(displayName.length());
        displayName.chars().forEach(c -> spaced.append(ControlCharacters.is((char) c) ? ' ' : (char) c));
        var name = spaced.toString().strip();
        if (name.isEmpty()) {
            return;
        }
        store.remember(userId, name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name,
                clock.instant());
    }

    /** The names of {@code actors}, in one read of the store however many there are. */
    public ActorNames namesOf(Collection<String> actors) {
        var userIds = actors.stream().filter(actor -> USER_ID.matcher(actor).matches())
                .collect(Collectors.toUnmodifiableSet());
        var names = new HashMap<String, String>(userIds.isEmpty() ? Map.of() : store.names(userIds));
        actors.stream().filter(actor -> !userIds.contains(actor)).forEach(actor ->
                names.put(actor, actor.startsWith(TOKEN_ACTOR) ? actor.substring(TOKEN_ACTOR.length()) : actor));
        return new ActorNames(names);
    }

    /** The name of one actor; see {@link #namesOf}. */
    public Optional<String> nameOf(String actor) {
        return namesOf(Set.of(actor)).of(actor);
    }
}
