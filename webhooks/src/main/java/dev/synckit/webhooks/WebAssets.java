package dev.synckit.webhooks;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a browser page (HTML, CSS, JS) or a document (YAML) from the classpath, read once at start and served as they are: a
 * content type by extension, an ETag so a reload costs a 304, and headers that keep the page from being framed,
 * sniffed or made to load scripts from elsewhere.
 */
public final class WebAssets {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "yaml", "application/yaml");
    private static final List<Header> GUARDS = List.of(
            HeaderValues.create("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https:; "
                    + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
            HeaderValues.create("X-Content-Type-Options", "nosniff"),
            HeaderValues.create("Referrer-Policy", "same-origin"),
            HeaderValues.create("Cache-Control", "no-cache"));

    private final Map<String, Asset> assets;

    private WebAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /** Loads {@code files} from the classpath folder {@code folder}; a missing file stops the start. */
    public static WebAssets load(String folder, List<String> files) {
        var assets = new LinkedHashMap<String, Asset>();
        for (var file : files) {
            var path = folder + "/" + file;
            try (var in = WebAssets.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the web asset " + path + " is missing from the classpath");
                }
                var bytes = in.readAllBytes();
                assets.put(file, new Asset(bytes, type(file), "\"" + digest(bytes) + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the web asset " + path, e);
            }
        }
        return new WebAssets(Map.copyOf(assets));
    }

    /** Answers with {@code file}, 304 when the browser has it already, or a JSON 404 when it is not one of ours. */
    public void send(String file, ServerRequest req, ServerResponse res) {
        var asset = Optional.ofNullable(assets.get(file));
        if (asset.isEmpty()) {
            Replies.error(res, Status.NOT_FOUND_404, "not found");
            return;
        }
        GUARDS.forEach(res::header);
        res.header(HeaderNames.ETAG, asset.get().etag());
        var cached = req.headers().first(HeaderNames.IF_NONE_MATCH);
        if (cached.isPresent() && cached.get().equals(asset.get().etag())) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, asset.get().type());
        res.send(asset.get().bytes());
    }

    private static String type(String file) {
        var type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null) {
            throw new IllegalArgumentException("no content type known for the web asset " + file);
        }
        return type;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Asset(byte[] bytes, String type, String etag) {
    }
}
