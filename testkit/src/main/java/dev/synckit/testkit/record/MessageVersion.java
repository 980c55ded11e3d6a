package dev.synckit.testkit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of a message, as Discord JSON, and when the emulator stored it. */
public record MessageVersion(ObjectNode json, Instant at) {

    public static final int EPHEMERAL_FLAG = 1 << 6;

    public MessageVersion {
        json = json.deepCopy();
    }

    /** A copy: a version never changes once stored. */
    @Override
    public ObjectNode json() {
        return json.deepCopy();
    }

    public String content() {
        return json.path("content").asText("");
    }

    public int flags() {
        return json.path("flags").asInt(0);
    }

    public boolean ephemeral() {
        return (flags() & EPHEMERAL_FLAG) != 0;
    }

    public JsonNode embeds() {
        return json.path("embeds").deepCopy();
    }

    public JsonNode components() {
        return json.path("components").deepCopy();
    }

    /** The custom ids of every component, in order (buttons in action rows). */
    public List<String> customIds() {
        List<String> ids = new ArrayList<>();
        json.path("components").forEach(row -> row.path("components").forEach(component -> {
            if (component.hasNonNull("custom_id")) {
                ids.add(component.get("custom_id").asText());
            }
        }));
        return ids;
    }
}
