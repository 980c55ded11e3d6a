package dev.synckit.webhooks;

import dev.synckit.config.AppExtension;
import io.helidon.webserver.http.HttpRules;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An embedding application's routes under {@code path}, open only to a browser signed in with Discord. Without a
 * valid session a page request ({@code GET} accepting HTML) is sent to {@code /auth/login} and comes back after;
 * anything else answers 401 JSON. Handlers read the user with {@link SignedIn#user}. Requests that change state
 * must come from this service's own origin (see {@link SessionGuard}).
 *
 * <pre>{@code
 * AppProfile.builder()
 *         .extension(AuthenticatedRoutes.maintainers("/admin", r -> r.get("/whoami",
 *                 (req, res) -> res.send("hello " + SignedIn.user(req).username()))))
 * }</pre>
 *
 * @param path  the prefix the routes are registered under, such as {@code /admin}
 * @param who   who may pass: any signed-in Discord user, or maintainers only (others get 403)
 * @param rules the routes, relative to {@code path}
 */
public record AuthenticatedRoutes(String path, Access who, Consumer<HttpRules> rules) implements AppExtension {

    /** Who may pass the guard. */
    public enum Access {
        /** Anyone signed in with Discord. */
        SIGNED_IN,
        /** Members of the guild with Administrator, Manage Server or a maintainer role. */
        MAINTAINERS
    }

    public AuthenticatedRoutes {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(rules, "rules");
        if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
            throw new IllegalArgumentException("path must be a prefix such as /admin, not " + path);
        }
    }

    /** Routes for maintainers only. */
    public static AuthenticatedRoutes maintainers(String path, Consumer<HttpRules> rules) {
        return new AuthenticatedRoutes(path, Access.MAINTAINERS, rules);
    }

    /** Routes for anyone signed in with Discord; {@link SignedIn#user} tells whether they are a maintainer. */
    public static AuthenticatedRoutes signedIn(String path, Consumer<HttpRules> rules) {
        return new AuthenticatedRoutes(path, Access.SIGNED_IN, rules);
    }
}
