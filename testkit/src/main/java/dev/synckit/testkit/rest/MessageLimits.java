package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.testkit.rest.DiscordError.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Discord's limits on a message body, checked as Discord checks them (lengths in code points), so a test catches a
 * bot that would be refused in production.
 */
final class MessageLimits {

    static final int CONTENT = 2000;
    static final int EMBEDS = 10;
    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int AUTHOR = 256;
    static final int EMBED_TOTAL = 6000;
    static final int ACTION_ROWS = 5;
    static final int ROW_COMPONENTS = 5;
    static final int CUSTOM_ID = 100;
    static final int LABEL = 80;

    private MessageLimits() {
    }

    /** The violations of a message body found at {@code prefix} (empty for a bare message, "data" for a callback). */
    static List<Violation> check(JsonNode message, List<String> prefix) {
        List<Violation> found = new ArrayList<>();
        length(found, message.path("content"), at(prefix, "content"), CONTENT);
        JsonNode embeds = message.path("embeds");
        if (embeds.size() > EMBEDS) {
            found.add(Violation.maxLength(at(prefix, "embeds"), EMBEDS));
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            total += checkEmbed(found, embeds.get(i), at(prefix, "embeds", String.valueOf(i)));
        }
        if (total > EMBED_TOTAL) {
            found.add(new Violation(at(prefix, "embeds"), "MAX_EMBED_SIZE_EXCEEDED",
                    "Embed size exceeds maximum size of " + EMBED_TOTAL));
        }
        checkComponents(found, message.path("components"), at(prefix, "components"));
        return found;
    }

    /** Checks one embed and answers its length as Discord counts it towards the 6000 total. */
    private static int checkEmbed(List<Violation> found, JsonNode embed, List<String> path) {
        int total = length(found, embed.path("title"), at(path, "title"), TITLE)
                + length(found, embed.path("description"), at(path, "description"), DESCRIPTION)
                + length(found, embed.path("footer").path("text"), at(path, "footer", "text"), FOOTER)
                + length(found, embed.path("author").path("name"), at(path, "author", "name"), AUTHOR);
        JsonNode fields = embed.path("fields");
        if (fields.size() > FIELDS) {
            found.add(Violation.maxLength(at(path, "fields"), FIELDS));
        }
        for (int i = 0; i < fields.size(); i++) {
            List<String> fieldPath = at(path, "fields", String.valueOf(i));
            total += length(found, fields.get(i).path("name"), at(fieldPath, "name"), FIELD_NAME)
                    + length(found, fields.get(i).path("value"), at(fieldPath, "value"), FIELD_VALUE);
        }
        return total;
    }

    private static void checkComponents(List<Violation> found, JsonNode rows, List<String> path) {
        if (rows.size() > ACTION_ROWS) {
            found.add(Violation.maxLength(path, ACTION_ROWS));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> rowPath = at(path, String.valueOf(r), "components");
            JsonNode components = rows.get(r).path("components");
            if (components.size() > ROW_COMPONENTS) {
                found.add(Violation.maxLength(rowPath, ROW_COMPONENTS));
            }
            for (int c = 0; c < components.size(); c++) {
                List<String> componentPath = at(rowPath, String.valueOf(c));
                length(found, components.get(c).path("custom_id"), at(componentPath, "custom_id"), CUSTOM_ID);
                length(found, components.get(c).path("label"), at(componentPath, "label"), LABEL);
            }
        }
    }

    private static int length(List<Violation> found, JsonNode text, List<String> path, int max) {
        if (!text.isTextual()) {
            return 0;
        }
        String value = text.asText();
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            found.add(Violation.maxLength(path, max));
        }
        return length;
    }

    private static List<String> at(List<String> path, String... more) {
        List<String> joined = new ArrayList<>(path);
        joined.addAll(List.of(more));
        return joined;
    }
}
