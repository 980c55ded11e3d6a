package dev.synckit.webhooks;

import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * The API's door: a bearer token that is the environment's {@code SYNCKIT_API_TOKEN} or a scoped token lets the
 * handler run with its {@link Caller}; anything else answers JSON 401 {@code unauthorized}. The environment's token
 * is compared first and in constant time, so that its requests cost no store read.
 */
final class ApiGuard {

    private final TokenCheck operatorToken;
    private final ScopedTokens scoped;

    ApiGuard(TokenCheck operatorToken, ScopedTokens scoped) {
        this.operatorToken = operatorToken;
        this.scoped = scoped;
    }

    /** A handler that also gets its caller. */
    @FunctionalInterface
    interface CallerHandler {
        void handle(ServerRequest req, ServerResponse res, Caller caller);
    }

    Handler required(CallerHandler handler) {
        return (req, res) -> caller(req).ifPresentOrElse(caller -> handler.handle(req, res, caller),
                () -> Replies.error(res, Status.UNAUTHORIZED_401, "unauthorized"));
    }

    private Optional<Caller> caller(ServerRequest req) {
        var presented = BearerToken.of(req);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        if (operatorToken.matches(presented.get())) {
            return Optional.of(new Caller.Operator());
        }
        return scoped.check(presented.get()).map(Caller.Scoped::new);
    }
}
