package dev.synckit.testkit.record;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * An interaction callback as the bot sent it: type 4 reply, 5 deferred reply, 6 deferred update, 7 update message,
 * 9 modal; {@code data} is empty when the type has none.
 */
public record Callback(int type, ObjectNode data, Instant at) {

    public static final int REPLY = 4;
    public static final int DEFERRED_REPLY = 5;
    public static final int DEFERRED_UPDATE = 6;
    public static final int UPDATE_MESSAGE = 7;
    public static final int MODAL = 9;

    public Callback {
        data = data.deepCopy();
    }

    @Override
    public ObjectNode data() {
        return data.deepCopy();
    }

    public boolean ephemeral() {
        return (data.path("flags").asInt(0) & MessageVersion.EPHEMERAL_FLAG) != 0;
    }

    public String content() {
        return data.path("content").asText("");
    }
}
