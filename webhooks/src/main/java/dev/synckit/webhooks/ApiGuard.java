package dev.synckit.webhooks;

import dev.synckit.core.people.People;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The API's door: a bearer token that is the environment's {@code SYNCKIT_API_TOKEN} or a scoped token, or — without
 * an {@code Authorization} header — the session cookie of a maintainer signed in with Discord (the dashboard), lets
 * the handler run with its {@link Caller}; anything else answers JSON 401 {@code unauthorized}. The environment's
 * token is compared first and in constant time, so that its requests cost no store read. A session's request that
 * changes state must come from this service's own origin (403 otherwise), as {@link SessionGuard} asks.
 */
final class ApiGuard {

    private final TokenCheck operatorToken;
    private final ScopedTokens scoped;
    private final Supplier<Optional<SessionGuard>> sessions;
    private final People people;

    ApiGuard(TokenCheck operatorToken, ScopedTokens scoped, Supplier<Optional<SessionGuard>> sessions,
            People people) {
        this.operatorToken = operatorToken;
        this.scoped = scoped;
        this.sessions = sessions;
        this.people = people;
    }

    /** A handler that also gets its caller. */
    @FunctionalInterface
    interface CallerHandler {
        void handle(ServerRequest req, ServerResponse res, Caller caller);
    }

    Handler required(CallerHandler handler) {
        return (req, res) -> {
            var caller = caller(req);
            if (caller.isEmpty()) {
                Replies.error(res, Status.UNAUTHORIZED_401, "unauthorized");
            } else if (caller.get() instanceof Caller.Maintainer && !sameOrigin(req)) {
                Replies.error(res, Status.FORBIDDEN_403, "cross-site request refused");
            } else {
                if (caller.get() instanceof Caller.Maintainer(var user) && !SessionGuard.SAFE_METHODS.contains(
                        req.prologue().method().text())) {
                    // a maintainer acting from the dashboard is recorded by id, as in Discord: keep their name
                    people.seen(user.id(), user.username());
                }
                handler.handle(req, res, caller.get());
            }
        };
    }

    /** {@code handler} for the operator's token and maintainers only: a scoped token is refused with 403. */
    Handler unrestricted(String what, CallerHandler handler) {
        return required((req, res, caller) -> {
            if (caller.unrestricted()) {
                handler.handle(req, res, caller);
            } else {
                Replies.error(res, Status.FORBIDDEN_403, caller.who() + " may not " + what);
            }
        });
    }

    private Optional<Caller> caller(ServerRequest req) {
        if (!req.headers().contains(HeaderNames.AUTHORIZATION)) {
            return sessions.get().flatMap(guard -> guard.session(req))
                    .filter(session -> session.user().maintainer())
                    .map(session -> new Caller.Maintainer(session.user()));
        }
        var presented = BearerToken.of(req);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        if (operatorToken.matches(presented.get())) {
            return Optional.of(new Caller.Operator());
        }
        return scoped.check(presented.get()).map(Caller.Scoped::new);
    }

    private boolean sameOrigin(ServerRequest req) {
        return sessions.get().map(guard -> guard.sameOrigin(req)).orElse(false);
    }
}
