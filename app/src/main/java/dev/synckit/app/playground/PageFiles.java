package dev.synckit.app.playground;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's files, read from the jar once: plain HTML, CSS and JavaScript with no build step and nothing
 * fetched from elsewhere (the playground works offline).
 */
final class PageFiles {

    private static final String ROOT = "/dev/synckit/app/playground/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "playground.css", "text/css; charset=utf-8",
            "render.js", "text/javascript; charset=utf-8",
            "playground.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;

    private PageFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    static PageFiles load() {
        var files = new java.util.HashMap<String, byte[]>();
        for (var name : TYPES.keySet()) {
            try (var in = PageFiles.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("the playground page file " + name + " is missing from the jar");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the playground page file " + name, e);
            }
        }
        return new PageFiles(Map.copyOf(files));
    }

    /** Sends the file, or 404 for a name that is not one of the page's files. */
    void send(String name, ServerResponse res) {
        var body = files.get(name);
        if (body == null) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, TYPES.get(name));
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header("X-Content-Type-Options", "nosniff");
        res.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
        res.send(body);
    }
}
