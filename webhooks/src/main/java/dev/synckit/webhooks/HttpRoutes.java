package dev.synckit.webhooks;

import io.helidon.webserver.http.HttpRules;
import java.util.function.Consumer;

/** An embedding application's own HTTP routes, served beside synckit's. */
public record HttpRoutes(Consumer<HttpRules> rules) {

    void register(HttpRules target) {
        rules.accept(target);
    }
}
