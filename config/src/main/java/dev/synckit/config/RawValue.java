package dev.synckit.config;

import java.util.List;

/** A setting's value as written, before it is checked and typed, with where it was written. */
sealed interface RawValue {

    Origin origin();

    record Text(String text, Origin origin) implements RawValue {
    }

    record Items(List<String> items, Origin origin) implements RawValue {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A secret's value, already taken from the environment (or given in code). */
    record Hidden(Secret secret, Origin origin) implements RawValue {
    }
}
