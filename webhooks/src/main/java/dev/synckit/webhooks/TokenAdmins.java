package dev.synckit.webhooks;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * Who may manage scoped tokens over HTTP. Today the environment's API token ({@link #operator}); the dashboard adds
 * its signed-in maintainers by answering its session's user first and falling back to this one.
 */
@FunctionalInterface
public interface TokenAdmins {

    /** The actor the audit log records for this request, or empty when it may not manage tokens. */
    Optional<String> admin(ServerRequest req);

    /** The bearer {@code SYNCKIT_API_TOKEN}, recorded as {@code api}. */
    static TokenAdmins operator(TokenCheck apiToken) {
        return req -> BearerToken.of(req).filter(apiToken::matches).map(token -> "api");
    }
}
