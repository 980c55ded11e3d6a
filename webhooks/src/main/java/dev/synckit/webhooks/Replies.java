package dev.synckit.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.WireJson;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The three shapes of every answer: JSON, a JSON error, and synckit's fixed plain-text errors. */
final class Replies {

    private static final String JSON = "application/json";
    private static final Header NOSNIFF = HeaderValues.create("X-Content-Type-Options", "nosniff");

    private Replies() {
    }

    static void json(ServerResponse res, Status status, Object body) {
        try {
            res.status(status);
            res.header(HeaderNames.CONTENT_TYPE, JSON);
            res.send(WireJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"error":"…"}} with the status; the message is for people and never holds a secret. */
    static void error(ServerResponse res, Status status, String message) {
        json(res, status, Map.of("error", message));
    }

    /**
     * A body the synckit contract fixes ({@code unauthorized}, {@code bad request}, {@code handler error}),
     * written exactly as Go's {@code http.Error} writes it: the text and a newline, as UTF-8 plain text.
     */
    static void plain(ServerResponse res, Status status, String text) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        res.header(NOSNIFF);
        res.send((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
