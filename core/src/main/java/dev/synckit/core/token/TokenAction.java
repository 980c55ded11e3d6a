package dev.synckit.core.token;

import java.util.Locale;
import java.util.Optional;

/** What a scoped token may do. The wire and command names are the lower-case names. */
public enum TokenAction {
    /** Request, cancel, confirm and roll back deployments; take and release locks. */
    DEPLOY,
    /** Read deployments, their logs and the locks. */
    READ,
    /** Post new-version events. */
    EVENTS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenAction> fromWire(String name) {
        for (var action : values()) {
            if (action.wireName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
