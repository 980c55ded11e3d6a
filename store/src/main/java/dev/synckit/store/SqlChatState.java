package dev.synckit.store;

import dev.synckit.core.chat.ChatState;
import dev.synckit.core.chat.PostedMessage;
import java.time.Instant;
import java.util.Optional;

/** The chat side's memory in tables {@code chat_message}, {@code chat_claim} and {@code chat_setting}. */
final class SqlChatState implements ChatState {

    private final Database database;

    SqlChatState(Database database) {
        this.database = database;
    }

    @Override
    public Optional<PostedMessage> message(String kind, String key) {
        return database.one("reading the " + kind + " message of " + key,
                "SELECT channel_id, message_id, posted_at FROM chat_message WHERE kind = ? AND message_key = ?",
                kind, key).map(row -> new PostedMessage(kind, key, row.text("channel_id"), row.text("message_id"),
                row.instant("posted_at")));
    }

    @Override
    public boolean rememberMessage(PostedMessage message) {
        try {
            database.write("remembering the " + message.kind() + " message of " + message.key(),
                    "INSERT INTO chat_message (kind, message_key, channel_id, message_id, posted_at)"
                            + " VALUES (?, ?, ?, ?, ?)", message.kind(), message.key(), message.channelId(),
                    message.messageId(), UtcMillis.of(message.postedAt()));
            return true;
        } catch (DuplicateRowException e) {
            return false;
        }
    }

    @Override
    public boolean replaceMessage(PostedMessage stale, PostedMessage fresh) {
        if (!stale.kind().equals(fresh.kind()) || !stale.key().equals(fresh.key())) {
            throw new IllegalArgumentException("a message is replaced by one of the same kind and key");
        }
        return database.write("replacing the " + fresh.kind() + " message of " + fresh.key(),
                "UPDATE chat_message SET channel_id = ?, message_id = ?, posted_at = ?"
                        + " WHERE kind = ? AND message_key = ? AND message_id = ?",
                fresh.channelId(), fresh.messageId(), UtcMillis.of(fresh.postedAt()), fresh.kind(), fresh.key(),
                stale.messageId()) == 1;
    }

    @Override
    public boolean claimOnce(String key, Instant at) {
        try {
            database.write("claiming " + key, "INSERT INTO chat_claim (claim_key, claimed_at) VALUES (?, ?)", key,
                    UtcMillis.of(at));
            return true;
        } catch (DuplicateRowException e) {
            return false;
        }
    }

    @Override
    public void releaseClaim(String key) {
        database.write("releasing " + key, "DELETE FROM chat_claim WHERE claim_key = ?", key);
    }

    @Override
    public Optional<String> setting(String key) {
        return database.one("reading setting " + key, "SELECT setting_value FROM chat_setting WHERE setting_key = ?", key)
                .map(row -> row.text("setting_value"));
    }

    @Override
    public void putSetting(String key, String value) {
        var updated = database.write("updating setting " + key,
                "UPDATE chat_setting SET setting_value = ? WHERE setting_key = ?", value, key);
        if (updated == 0) {
            try {
                database.write("storing setting " + key,
                        "INSERT INTO chat_setting (setting_key, setting_value) VALUES (?, ?)", key, value);
            } catch (DuplicateRowException e) {
                database.write("updating setting " + key,
                        "UPDATE chat_setting SET setting_value = ? WHERE setting_key = ?", value, key);
            }
        }
    }
}
