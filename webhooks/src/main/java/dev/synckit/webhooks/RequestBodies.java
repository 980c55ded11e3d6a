package dev.synckit.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.WireJson;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads a JSON request body of the API, answering 400 or 413 itself when it cannot. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The decoded body; empty when the answer (400/413) was already sent. An empty body decodes as all nulls. */
    static <T> Optional<T> read(ServerRequest req, ServerResponse res, int limit, Class<T> type) {
        var read = BoundedBody.readOr(req, limit, (status, why) -> Replies.error(res, status, why));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        var bytes = read.get();
        try {
            var text = bytes.length == 0 ? "{}" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            var value = WireJson.mapper().readValue(text, type);
            if (value == null) {
                Replies.error(res, Status.BAD_REQUEST_400, "the body must be a JSON object");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (JsonProcessingException e) {
            Replies.error(res, Status.BAD_REQUEST_400, "invalid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
