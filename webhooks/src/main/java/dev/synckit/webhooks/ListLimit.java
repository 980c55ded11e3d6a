package dev.synckit.webhooks;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/** The {@code limit} query parameter of a list: a whole number from 1 to {@code max}; {@code fallback} when absent. */
record ListLimit(int fallback, int max) {

    /** The limit, or empty after answering 400 with the accepted range. */
    Optional<Integer> read(ServerRequest req, ServerResponse res) {
        var text = req.query().first("limit").asOptional();
        try {
            int limit = text.map(Integer::parseInt).orElse(fallback);
            if (limit >= 1 && limit <= max) {
                return Optional.of(limit);
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        Replies.error(res, Status.BAD_REQUEST_400, "limit must be a whole number from 1 to " + max);
        return Optional.empty();
    }
}
