package dev.synckit.webhooks;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import java.util.List;

/**
 * {@code /dashboard}: the maintainers' page over the deployments API — targets, deployments with live progress and
 * full logs, a chart of durations and outcomes, locks, API tokens and the audit log. Behind the Discord login; with
 * the login off it says what to set instead.
 */
final class DashboardPage {

    static final String PATH = "/dashboard";

    private final WebAssets files = WebAssets.load("dev/synckit/webhooks/dashboard",
            List.of("index.html", "dashboard.css", "dashboard.js"));

    /** The page and its files, for maintainers signed in with Discord. */
    AuthenticatedRoutes routes() {
        return AuthenticatedRoutes.maintainers(PATH, rules -> rules
                .get("/", (req, res) -> files.send("index.html", req, res))
                .get("/{file}", (req, res) -> files.send(req.path().pathParameters().get("file"), req, res)));
    }

    /** What {@code /dashboard} answers while the login is off. */
    static void loginOff(HttpRules rules) {
        rules.get(PATH, (req, res) -> LoginPages.refusal(req, res, Status.NOT_FOUND_404, "The dashboard is off",
                "The dashboard needs Log in with Discord: set DISCORD_CLIENT_SECRET (see docs/http-api.md)."));
    }
}
