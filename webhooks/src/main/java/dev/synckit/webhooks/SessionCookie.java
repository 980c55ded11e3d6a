package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Path=/, and on
 * an https public URL Secure with the {@code __Host-} prefix, which a sibling subdomain cannot set or overwrite.
 */
final class SessionCookie {

    private static final String NAME = "synckit_session";
    private static final String HOST_PREFIX = "__Host-";

    private final Supplier<URI> publicUrl;

    SessionCookie(Supplier<URI> publicUrl) {
        this.publicUrl = publicUrl;
    }

    private boolean secure() {
        return "https".equalsIgnoreCase(publicUrl.get().getScheme());
    }

    String name() {
        return secure() ? HOST_PREFIX + NAME : NAME;
    }

    Optional<String> token(ServerRequest req) {
        return req.headers().cookies().first(name()).asOptional().filter(value -> !value.isEmpty());
    }

    /** Sets the token; the browser drops it at the session's absolute end. */
    void set(ServerResponse res, String token, Duration lifetime) {
        res.header(HeaderNames.SET_COOKIE, attributes(name() + "=" + token + "; Max-Age=" + lifetime.toSeconds()));
    }

    void clear(ServerResponse res) {
        res.header(HeaderNames.SET_COOKIE, attributes(name() + "=; Max-Age=0"));
    }

    private String attributes(String cookie) {
        return cookie + "; Path=/; HttpOnly; SameSite=Lax" + (secure() ? "; Secure" : "");
    }
}
