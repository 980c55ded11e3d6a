package dev.synckit.webhooks;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * {@code GET /openapi.yaml}: the OpenAPI 3.1 document of every endpoint here, without authentication. Written by
 * hand beside the routes and read from the jar once; {@code OpenApiDocumentTest} holds the two to each other.
 */
final class OpenApiRoutes implements HttpService {

    static final String PATH = "/openapi.yaml";

    private final WebAssets document = WebAssets.load("dev/synckit/webhooks", List.of("openapi.yaml"));

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, (req, res) -> document.send("openapi.yaml", req, res))
                .any(PATH, MethodNotAllowed.ALLOW_GET);
    }
}
