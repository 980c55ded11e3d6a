package dev.synckit.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.WireJson;
import dev.synckit.core.ControlCharacters;
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

    /** The decoded body; empty when the answer (400/413) was already sent: an empty body is no object either. */
    static <T> Optional<T> read(ServerRequest req, ServerResponse res, int limit, Class<T> type) {
        var read = BoundedBody.readOr(req, limit, (status, why) -> Replies.error(res, status, why));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        var bytes = read.get();
        try {
            var value = bytes.length == 0 ? null : WireJson.mapper().readValue(bytes, type);
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

    /**
     * Answers 400 naming the first field whose value holds a control character; a name or reason from outside is
     * shown as one line in logs and messages.
     *
     * @param namesAndValues field name, value, field name, value…
     * @return true when the answer was sent
     */
    static boolean refusedForControlCharacters(ServerResponse res, String... namesAndValues) {
        var field = ControlCharacters.firstField(namesAndValues);
        field.ifPresent(name -> Replies.error(res, Status.BAD_REQUEST_400, ControlCharacters.refusal(name)));
        return field.isPresent();
    }
}
