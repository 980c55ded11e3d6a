package dev.synckit.webhooks;

import dev.synckit.config.AppExtension;
import io.helidon.webserver.http.HttpRules;
import java.util.function.Consumer;

/** An embedding application's own HTTP routes, served after synckit's: {@code AppProfile.builder().extension(new HttpRoutes(r -> …))}. */
public record HttpRoutes(Consumer<HttpRules> rules) implements AppExtension {

    void register(HttpRules target) {
        rules.accept(target);
    }
}
