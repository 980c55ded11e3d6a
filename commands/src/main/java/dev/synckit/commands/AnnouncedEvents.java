package dev.synckit.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.NewVersionEvent;
import dev.synckit.contract.WireJson;
import dev.synckit.core.chat.ChatState;
import dev.synckit.embeds.EventRef;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The events announced in Discord, kept in the chat state under the reference their buttons carry, so that a
 * Deploy or Dismiss click (even after a restart, even with a hashed reference) finds the event it acts on.
 */
public final class AnnouncedEvents {

    private static final String PREFIX = "announcement:";

    private final ChatState chat;

    public AnnouncedEvents(ChatState chat) {
        this.chat = chat;
    }

    public void remember(NewVersionEvent event) {
        try {
            chat.putSetting(PREFIX + EventRef.of(event).value(), WireJson.mapper().writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the announced event", e);
        }
    }

    /** The announced event {@code ref} names; empty when none was announced under it. */
    public Optional<NewVersionEvent> find(EventRef ref) {
        return chat.setting(PREFIX + ref.value()).map(AnnouncedEvents::read)
                .filter(event -> ref.refersTo(EventRef.keyOf(event)));
    }

    private static NewVersionEvent read(String json) {
        try {
            return WireJson.mapper().readValue(json, NewVersionEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("an announced event in the store does not parse", e);
        }
    }
}
