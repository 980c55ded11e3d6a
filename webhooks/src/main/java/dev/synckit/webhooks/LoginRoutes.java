package dev.synckit.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.login.LoginFlow;
import dev.synckit.core.login.LoginResult;
import dev.synckit.core.login.Sessions;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * "Log in with Discord": {@code GET /auth/login?return=/path} sends the browser to Discord, {@code GET
 * /auth/callback} checks what Discord sent back and sets the session cookie, {@code POST /auth/logout} ends the
 * session, {@code GET /auth/me} tells who is signed in. Without a login flow (no client secret) the first two
 * answer 404.
 */
final class LoginRoutes implements HttpService {

    private static final String OFF = "login with Discord is off: no client secret is configured";

    private final Optional<LoginFlow> flow;
    private final Sessions sessions;
    private final SessionGuard guard;
    private final SessionCookie cookie;

    LoginRoutes(Optional<LoginFlow> flow, Sessions sessions, SessionGuard guard, SessionCookie cookie) {
        this.flow = flow;
        this.sessions = sessions;
        this.guard = guard;
        this.cookie = cookie;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/auth/login", this::login)
                .any("/auth/login", MethodNotAllowed.ALLOW_GET)
                .get("/auth/callback", this::callback)
                .any("/auth/callback", MethodNotAllowed.ALLOW_GET)
                .post("/auth/logout", this::logout)
                .any("/auth/logout", MethodNotAllowed.ALLOW_POST)
                .get("/auth/me", this::me)
                .any("/auth/me", MethodNotAllowed.ALLOW_GET);
    }

    private void login(ServerRequest req, ServerResponse res) {
        if (flow.isEmpty()) {
            Replies.error(res, Status.NOT_FOUND_404, OFF);
            return;
        }
        var requested = req.query().first("return").orElse(null);
        var authorize = flow.get().begin(requested);
        if (authorize.isEmpty()) {
            LoginPages.refusal(req, res, Status.BAD_REQUEST_400, "Not a page of this site",
                    "The login can only return to a page of this site (a path such as /dashboard).");
            return;
        }
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.status(Status.FOUND_302);
        res.header(HeaderNames.LOCATION, authorize.get().toString());
        res.send();
    }

    private void callback(ServerRequest req, ServerResponse res) {
        if (flow.isEmpty()) {
            Replies.error(res, Status.NOT_FOUND_404, OFF);
            return;
        }
        var query = req.query();
        var state = query.first("state").orElse(null);
        var result = query.contains("error") ? flow.get().deny(state)
                : flow.get().complete(state, query.first("code").orElse(null));
        switch (result) {
            case LoginResult.SignedIn(var opened, var returnPath) -> {
                // a browser that was signed in before leaves its old session behind, ended
                cookie.token(req).ifPresent(sessions::logout);
                var session = opened.session();
                cookie.set(res, opened.token().reveal(), Duration.between(session.createdAt(), session.expiresAt()));
                res.header(HeaderNames.CACHE_CONTROL, "no-store");
                res.status(Status.SEE_OTHER_303);
                res.header(HeaderNames.LOCATION, returnPath);
                res.send();
            }
            case LoginResult.Refused(var refusal) -> LoginPages.refusal(req, res,
                    refusal == LoginResult.Refusal.DISCORD_UNAVAILABLE ? Status.BAD_GATEWAY_502
                            : Status.BAD_REQUEST_400, "Login failed", refusal.message());
        }
    }

    private void logout(ServerRequest req, ServerResponse res) {
        if (!guard.sameOrigin(req)) {
            Replies.error(res, Status.FORBIDDEN_403, "cross-site request refused");
            return;
        }
        cookie.token(req).ifPresent(sessions::logout);
        cookie.clear(res);
        res.status(Status.NO_CONTENT_204);
        res.send();
    }

    private void me(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        guard.session(req).ifPresentOrElse(session -> Replies.json(res, Status.OK_200, json(session.user())),
                () -> Replies.error(res, Status.UNAUTHORIZED_401, "not signed in"));
    }

    /** {@code {"id","username","avatar","maintainer"}}; avatar is null when the user has none. */
    static ObjectNode json(DiscordUser user) {
        var node = WireJson.mapper().createObjectNode().put("id", user.id()).put("username", user.username());
        node.put("avatar", user.avatar().orElse(null));
        return node.put("maintainer", user.maintainer());
    }
}
