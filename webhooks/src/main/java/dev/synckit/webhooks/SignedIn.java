package dev.synckit.webhooks;

import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.login.Session;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * Who made a request, for handlers behind {@link AuthenticatedRoutes}: the session the guard checked, kept in the
 * request's context under a key only this class holds. Nothing a client sends (no header, no parameter) can put a
 * user there.
 */
public final class SignedIn {

    /** Private and compared by identity: the only way to register or read the session. */
    private static final Object KEY = new Object();

    private SignedIn() {
    }

    /**
     * The signed-in user.
     *
     * @throws IllegalStateException when the handler is not behind {@link AuthenticatedRoutes}
     */
    public static DiscordUser user(ServerRequest req) {
        return session(req).user();
    }

    /** The checked session, e.g. to show or revoke it; throws like {@link #user}. */
    public static Session session(ServerRequest req) {
        return find(req).orElseThrow(() -> new IllegalStateException(
                "no signed-in user: this handler is not behind AuthenticatedRoutes"));
    }

    /** The checked session, or empty when no guard ran for this request. */
    public static Optional<Session> find(ServerRequest req) {
        return req.context().get(KEY, Session.class);
    }

    static void register(ServerRequest req, Session session) {
        req.context().register(KEY, session);
    }
}
