package dev.synckit.core.token;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The targets and actions a token is good for.
 *
 * @param allTargets true for every target, present and future ({@code *}); then {@code targets} is empty
 */
public record TokenScope(boolean allTargets, Set<String> targets, Set<TokenAction> actions) {

    /** How "every target" is written in commands, JSON and the store. */
    public static final String ALL = "*";

    public TokenScope {
        targets = Set.copyOf(targets);
        actions = Set.copyOf(actions);
        if (allTargets && !targets.isEmpty()) {
            throw new IllegalArgumentException("a scope of every target names none");
        }
    }

    /**
     * The scope written as target names (or {@code *}) and action names, as a person types them.
     *
     * @throws TokenRefusedException naming what is wrong
     */
    public static TokenScope of(Collection<String> targetNames, Collection<String> actionNames)
            throws TokenRefusedException {
        var names = new TreeSet<String>();
        targetNames.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        if (names.isEmpty()) {
            throw new TokenRefusedException("name at least one target, or * for every target");
        }
        var all = names.contains(ALL);
        if (all && names.size() > 1) {
            throw new TokenRefusedException("* already means every target; name no others beside it");
        }
        var actions = EnumSet.noneOf(TokenAction.class);
        for (var name : actionNames) {
            if (name.isBlank()) {
                continue;
            }
            actions.add(TokenAction.fromWire(name).orElseThrow(() -> new TokenRefusedException(
                    "unknown action " + name.strip() + "; the actions are deploy, read and events")));
        }
        if (actions.isEmpty()) {
            throw new TokenRefusedException("name at least one action: deploy, read or events");
        }
        return new TokenScope(all, all ? Set.of() : names, actions);
    }

    public boolean coversTarget(String target) {
        return allTargets || targets.contains(target);
    }

    public boolean allows(TokenAction action, String target) {
        return actions.contains(action) && coversTarget(target);
    }

    /** The targets as written: {@code *} or the names, sorted. */
    public Set<String> targetNames() {
        return allTargets ? Set.of(ALL) : new TreeSet<>(targets);
    }

    /** The action names in their declared order. */
    public Set<String> actionNames() {
        var names = new LinkedHashSet<String>();
        Arrays.stream(TokenAction.values()).filter(actions::contains).forEach(action -> names.add(action.wireName()));
        return names;
    }
}
