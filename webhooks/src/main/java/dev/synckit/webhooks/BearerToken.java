package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * The token of an {@code Authorization: Bearer <token>} header. A token without the scheme is not a bearer token
 * (the original accepted it; we refuse it), nor is a header sent twice.
 */
final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    static Optional<String> of(ServerRequest req) {
        var values = req.headers().all(HeaderNames.AUTHORIZATION, java.util.List::of);
        if (values.size() != 1) {
            return Optional.empty();
        }
        var header = values.getFirst();
        if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        var token = header.substring(SCHEME.length());
        return token.isBlank() || token.strip().length() != token.length() ? Optional.empty() : Optional.of(token);
    }
}
