package dev.synckit.agent.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpExchange;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes responses. Plain-text errors are written the way Go's {@code http.Error} writes them (synckit's agent is
 * Go): the message plus a newline, {@code text/plain; charset=utf-8}, {@code X-Content-Type-Options: nosniff}.
 * JSON of the old endpoint is written the way Go's {@code json.Encoder} does: {@code <}, {@code >}, {@code &},
 * U+2028 and U+2029 escaped, and a trailing newline.
 */
final class Answers {

    private static final ObjectWriter GO_JSON = WireJson.mapper().writer().with(new GoEscapes());

    private Answers() {
    }

    static void goError(HttpExchange exchange, int status, String message) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/plain; charset=utf-8");
        headers.set("X-Content-Type-Options", "nosniff");
        send(exchange, status, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void goJson(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, (GO_JSON.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, bytes(body));
    }

    static void jsonError(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }

    static void text(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, body);
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            throw ClientLeft.midAnswer(e);
        }
    }

    private static byte[] bytes(Object body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agent responses always serialize", e);
        }
    }

    /** Go's HTML-safe escaping, with Go's lower-case hex digits. */
    private static final class GoEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        GoEscapes() {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    }
}
