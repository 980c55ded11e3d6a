package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a request body without ever holding more than its limit. */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The whole body.
     *
     * @throws TooLarge when the declared or the actual length is over {@code limit}
     */
    static byte[] read(ServerRequest req, int limit) throws TooLarge {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body is over the limit; answered with 413. */
    static final class TooLarge extends Exception {

        TooLarge(int limit) {
            super("request body over " + limit + " bytes");
        }
    }
}
