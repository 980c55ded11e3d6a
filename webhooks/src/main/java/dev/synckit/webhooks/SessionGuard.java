package dev.synckit.webhooks;

import dev.synckit.core.login.Session;
import dev.synckit.core.login.Sessions;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lets a request through only with a valid session cookie, and hands the session on through {@link SignedIn}.
 * CSRF: the cookie is SameSite=Lax, so browsers send it on no cross-site POST; on top, every state-changing
 * request must carry an {@code Origin} (or, failing that, a {@code Referer}) of this service's public URL. That
 * covers old browsers and same-site attackers (a sibling subdomain) that SameSite alone lets through, and needs no
 * token in every form or fetch of an embedding application.
 */
final class SessionGuard {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Supplier<URI> publicUrl;

    SessionGuard(Sessions sessions, SessionCookie cookie, Supplier<URI> publicUrl) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.publicUrl = publicUrl;
    }

    Optional<Session> session(ServerRequest req) {
        return cookie.token(req).flatMap(sessions::authenticate);
    }

    /** True for a safe method, or when the request names this service's origin as where it comes from. */
    boolean sameOrigin(ServerRequest req) {
        if (SAFE_METHODS.contains(req.prologue().method().text())) {
            return true;
        }
        var declared = req.headers().first(HeaderNames.ORIGIN)
                .or(() -> req.headers().first(HeaderNames.REFERER));
        return declared.flatMap(SessionGuard::origin).equals(origin(publicUrl.get().toString()));
    }

    Handler guard(AuthenticatedRoutes.Access who) {
        return (req, res) -> {
            var session = session(req);
            if (session.isEmpty()) {
                if (LoginPages.wantsPage(req)) {
                    res.status(Status.SEE_OTHER_303);
                    res.header(HeaderNames.LOCATION, "/auth/login?return="
                            + URLEncoder.encode(requestedPath(req), StandardCharsets.UTF_8));
                    res.send();
                } else {
                    Replies.error(res, Status.UNAUTHORIZED_401, "not signed in");
                }
                return;
            }
            if (!sameOrigin(req)) {
                Replies.error(res, Status.FORBIDDEN_403, "cross-site request refused");
                return;
            }
            if (who == AuthenticatedRoutes.Access.MAINTAINERS && !session.get().user().maintainer()) {
                LoginPages.refusal(req, res, Status.FORBIDDEN_403, "Maintainers only",
                        "You are signed in as " + session.get().user().username()
                                + ", but only the server's maintainers may open this.");
                return;
            }
            SignedIn.register(req, session.get());
            res.next();
        };
    }

    private static String requestedPath(ServerRequest req) {
        var query = req.prologue().query().rawValue();
        return req.prologue().uriPath().rawPath() + (query.isEmpty() ? "" : "?" + query);
    }

    /** {@code scheme://host[:port]} in lower case, without the scheme's default port, as browsers send Origin. */
    static Optional<String> origin(String url) {
        try {
            var uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            var defaultPort = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            var port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
