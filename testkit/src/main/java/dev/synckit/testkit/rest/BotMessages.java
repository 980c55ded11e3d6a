package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.SnowflakeSource;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.record.StoredFile;
import dev.synckit.testkit.record.Transcript;

import java.util.List;
import java.util.Optional;

/**
 * Creating, editing and deleting the bot's messages, whichever route it uses (bot token or interaction token):
 * Discord's limits and the optional edit limit are checked here, once.
 */
final class BotMessages {

    private final SnowflakeSource ids;
    private final MessageJson messageJson;
    private final Transcript transcript;
    private final EditRateLimit editRateLimit;

    BotMessages(SnowflakeSource ids, MessageJson messageJson, Transcript transcript, EditRateLimit editRateLimit) {
        this.ids = ids;
        this.messageJson = messageJson;
        this.transcript = transcript;
        this.editRateLimit = editRateLimit;
    }

    /** A 400 when the message at {@code prefix} of the body breaks a Discord limit. */
    Optional<RestReply> refusal(JsonNode body, List<String> prefix) {
        var violations = MessageLimits.check(prefix.isEmpty() ? body : body.path(prefix.getFirst()), prefix);
        return violations.isEmpty() ? Optional.empty() : Optional.of(DiscordError.invalidFormBody(violations));
    }

    /** A 429 when this edit goes over the emulated per-message edit limit. */
    Optional<RestReply> editRefusal(RecordedMessage message) {
        double wait = editRateLimit.secondsUntilAllowed(message.id());
        return wait > 0 ? Optional.of(DiscordError.rateLimited(wait)) : Optional.empty();
    }

    RecordedMessage create(long channelId, JsonNode message, List<RequestJson.Upload> files, int extraFlags,
                           boolean inChannel) {
        long id = ids.next();
        ObjectNode json = messageJson.create(id, channelId, message, extraFlags);
        json.set("attachments", attachments(message, files, json.path("attachments")));
        return transcript.recordMessage(id, channelId, inChannel, json);
    }

    RecordedMessage edit(RecordedMessage message, JsonNode edit, List<RequestJson.Upload> files) {
        ObjectNode current = message.latest().json();
        ObjectNode next = messageJson.edit(current, edit);
        next.set("attachments", attachments(edit, files, current.path("attachments")));
        transcript.recordEdit(message, next);
        return message;
    }

    /**
     * The attachments after a create or an edit: the current ones the body's {@code attachments} still lists (all
     * of them when it lists none), then every uploaded file, stored for download under a new id.
     */
    private ArrayNode attachments(JsonNode body, List<RequestJson.Upload> files, JsonNode current) {
        ArrayNode result = WireJson.mapper().createArrayNode();
        JsonNode listed = body.path("attachments");
        for (JsonNode kept : current) {
            boolean stillListed = !listed.isArray();
            for (JsonNode entry : listed) {
                stillListed |= entry.path("id").asText().equals(kept.path("id").asText());
            }
            if (stillListed) {
                result.add(kept);
            }
        }
        for (RequestJson.Upload upload : files) {
            long id = ids.next();
            transcript.recordFile(new StoredFile(id, upload.filename(), upload.contentType(), upload.content()));
            result.addObject().put("id", Long.toUnsignedString(id)).put("filename", upload.filename())
                    .put("size", upload.content().length).put("content_type", upload.contentType())
                    .put("url", "/emulator/attachments/" + Long.toUnsignedString(id))
                    .put("proxy_url", "/emulator/attachments/" + Long.toUnsignedString(id));
        }
        return result;
    }

    void delete(RecordedMessage message) {
        transcript.recordDelete(message);
    }

    Optional<RecordedMessage> find(long id) {
        return transcript.message(id);
    }

    /** GET, PATCH or DELETE of one existing message, whichever route reached it. */
    RestReply act(RecordedMessage message, RestRequest request) {
        return switch (request.method()) {
            case "GET" -> reply(message);
            case "PATCH" -> refusal(request.body(), List.of())
                    .or(() -> editRefusal(message))
                    .orElseGet(() -> reply(edit(message, request.body(), request.files())));
            case "DELETE" -> {
                delete(message);
                yield RestReply.noContent();
            }
            default -> DiscordError.methodNotAllowed();
        };
    }

    static RestReply reply(RecordedMessage message) {
        return RestReply.ok(message.latest().json());
    }

    static RestReply unknownMessage() {
        return DiscordError.notFound(DiscordError.UNKNOWN_MESSAGE, "Unknown Message");
    }
}
