package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Discord's error answers, in Discord's JSON shapes, so a client parses them as it would in production. */
final class DiscordError {

    static final int UNKNOWN_CHANNEL = 10003;
    static final int UNKNOWN_MESSAGE = 10008;
    static final int UNKNOWN_WEBHOOK = 10015;
    static final int UNKNOWN_INTERACTION = 10062;
    static final int ALREADY_ACKNOWLEDGED = 40060;
    static final int MISSING_ACCESS = 50001;
    static final int MISSING_PERMISSIONS = 50013;
    static final int INVALID_FORM_BODY = 50035;

    private DiscordError() {
    }

    static RestReply of(int status, int code, String message) {
        return RestReply.json(status, WireJson.mapper().createObjectNode().put("message", message).put("code", code));
    }

    static RestReply notFound(int code, String message) {
        return of(404, code, message);
    }

    /** 403 50001: the bot cannot see the channel. */
    static RestReply missingAccess() {
        return of(403, MISSING_ACCESS, "Missing Access");
    }

    /** 403 50013: the bot sees the channel but lacks a permission the request needs. */
    static RestReply missingPermissions() {
        return of(403, MISSING_PERMISSIONS, "Missing Permissions");
    }

    static RestReply unauthorized() {
        return of(401, 0, "401: Unauthorized");
    }

    static RestReply methodNotAllowed() {
        return of(405, 0, "405: Method Not Allowed");
    }

    /** 400 with the violations nested by path, as {@code errors.embeds.0.description._errors[]}. */
    static RestReply invalidFormBody(List<Violation> violations) {
        ObjectNode body = WireJson.mapper().createObjectNode().put("code", INVALID_FORM_BODY);
        ObjectNode errors = body.putObject("errors");
        for (Violation violation : violations) {
            ObjectNode node = errors;
            for (String key : violation.path()) {
                node = node.has(key) ? (ObjectNode) node.get(key) : node.putObject(key);
            }
            ArrayNode list = node.has("_errors") ? (ArrayNode) node.get("_errors") : node.putArray("_errors");
            list.addObject().put("code", violation.code()).put("message", violation.message());
        }
        body.put("message", "Invalid Form Body");
        return RestReply.json(400, body);
    }

    /**
     * 429 with the headers and body Discord sends for a per-route limit. {@code Via} is what tells a client the 429
     * came from Discord's API and not from Cloudflare in front of it (JDA logs the latter as an error).
     */
    static RestReply rateLimited(double retryAfterSeconds) {
        ObjectNode body = WireJson.mapper().createObjectNode()
                .put("message", "You are being rate limited.")
                .put("retry_after", retryAfterSeconds)
                .put("global", false);
        String seconds = String.format(Locale.ROOT, "%.3f", retryAfterSeconds);
        return new RestReply(429, body, Map.of(
                "Retry-After", String.valueOf((long) Math.ceil(retryAfterSeconds)),
                "X-RateLimit-Limit", "1",
                "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset-After", seconds,
                "X-RateLimit-Bucket", "emulated-message-edit",
                "X-RateLimit-Scope", "user",
                "Via", "1.1 google"));
    }

    /** One refused field: where it is in the body, Discord's error code, and its message. */
    record Violation(List<String> path, String code, String message) {

        static Violation maxLength(List<String> path, int max) {
            return new Violation(path, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
        }
    }
}
