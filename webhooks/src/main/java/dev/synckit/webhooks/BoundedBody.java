package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.http.Status;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Reads a request body without ever holding more than its limit. */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The whole body.
     *
     * @throws TooLarge   when the declared or the actual length is over {@code limit}
     * @throws Unreadable when the bytes on the wire are not a well-formed body (a broken chunked encoding, a body
     *                    shorter than its declared length)
     */
    static byte[] read(ServerRequest req, int limit) throws TooLarge, Unreadable {
        var declared = req.headers().first(HeaderNames.CONTENT_LENGTH).map(BoundedBody::parseLength).orElse(-1L);
        if (declared > limit) {
            throw new TooLarge(limit);
        }
        try (var in = req.content().inputStream()) {
            var bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge(limit);
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            // Helidon reports a broken chunked encoding or a short body as runtime exceptions of its reader
            throw new Unreadable(e);
        }
    }

    /**
     * The whole body, or empty after {@code refuse} was told why not: 413 and the reason when it is over
     * {@code limit}, 400 and the reason when it cannot be read.
     */
    static Optional<byte[]> readOr(ServerRequest req, int limit, BiConsumer<Status, String> refuse) {
        try {
            return Optional.of(read(req, limit));
        } catch (TooLarge e) {
            refuse.accept(Status.REQUEST_ENTITY_TOO_LARGE_413, e.getMessage());
        } catch (Unreadable e) {
            refuse.accept(Status.BAD_REQUEST_400, e.getMessage());
        }
        return Optional.empty();
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body could not be read as HTTP frames it; a client error. */
    static final class Unreadable extends Exception {

        Unreadable(Throwable cause) {
            super("request body unreadable: " + cause.getClass().getSimpleName(), cause);
        }
    }

    /** The body is over the limit; answered with 413. */
    static final class TooLarge extends Exception {

        TooLarge(int limit) {
            super("request body over " + limit + " bytes");
        }
    }
}
