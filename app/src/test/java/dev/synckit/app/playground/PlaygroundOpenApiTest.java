package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.synckit.app.SyncKit;
import dev.synckit.config.AppProfile;
import dev.synckit.webhooks.HttpRoutes;
import dev.synckit.webhooks.testing.RecordedRoutes;
import dev.synckit.webhooks.testing.ServedOpenApi;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service with the playground's profile (its emulator, demo agent and page), over real HTTP: it serves its
 * OpenAPI document and every operation in it, synckit's and the playground's own; and the document's playground
 * operations are exactly the routes the page registers. The webhooks' {@code OpenApiDocumentTest} holds the rest of
 * the document to the rest of the routes.
 */
class PlaygroundOpenApiTest {

    @TempDir
    Path dataDir;

    @Test
    void thePlaygroundServesEveryOperationOfItsDocumentAndDocumentsEveryRouteOfItsPage() throws Exception {
        var operator = AppProfile.builder().dataDir(dataDir).httpPort(0).extension(new PlaygroundMode()).build();
        try (var playground = Playground.startIfAsked(operator).orElseThrow();
                var service = SyncKit.run(playground.profile())) {
            var api = ServedOpenApi.of(URI.create("http://127.0.0.1:" + service.port()));
            assertEquals(200, api.answer().statusCode());
            assertEquals("application/yaml", api.answer().headers().firstValue("Content-Type").orElseThrow());
            assertEquals(List.of(), api.unserved(operation -> true));

            var page = new RecordedRoutes();
            playground.profile().extensions(HttpRoutes.class).forEach(routes -> routes.rules().accept(page));
            assertFalse(page.routes().isEmpty());
            Set<RecordedRoutes.Route> documented = api.operations().stream()
                    .filter(operation -> operation.tagged("playground"))
                    .map(operation -> new RecordedRoutes.Route(operation.method(), operation.path()))
                    .collect(Collectors.toSet());
            assertEquals(documented, Set.copyOf(page.routes()));
        }
    }
}
