package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;

/**
 * What a person sees when the login or a guarded route refuses them: a small HTML page for a browser, the same
 * message as a JSON error for anything else.
 */
final class LoginPages {

    private LoginPages() {
    }

    /** A browser asking for a page: a {@code GET} or {@code HEAD} that accepts HTML. */
    static boolean wantsPage(ServerRequest req) {
        var method = req.prologue().method().text();
        return (method.equals("GET") || method.equals("HEAD"))
                && req.headers().first(HeaderNames.ACCEPT).orElse("").contains("text/html");
    }

    /** The refusal as a page with a way to start again, or as {@code {"error":…}}. */
    static void refusal(ServerRequest req, ServerResponse res, Status status, String title, String message) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        if (!wantsPage(req)) {
            Replies.error(res, status, message);
            return;
        }
        var page = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p><p><a href="/auth/login">Log in with Discord</a></p></body></html>
                """.formatted(escape(title), escape(title), escape(message));
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.send(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
