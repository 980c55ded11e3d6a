package dev.synckit.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.synckit.core.store.StoreHealth;
import dev.synckit.core.store.StoreUnavailableException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: 200 {@code {"status":"UP",…}} when the store answers within its timeout, 503 otherwise. */
final class HealthRoutes implements HttpService {

    static final Duration STORE_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final StoreHealth store;
    private volatile Supplier<Map<String, String>> agents = Map::of;

    HealthRoutes(StoreHealth store) {
        this.store = store;
    }

    /** Adds each target's agent circuit breaker to the details; an open breaker does not make the service DOWN. */
    void agents(Supplier<Map<String, String>> breakers) {
        this.agents = breakers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/health", this::health).any("/health", MethodNotAllowed.ALLOW_GET);
    }

    private void health(ServerRequest req, ServerResponse res) {
        var checks = new LinkedHashMap<String, String>();
        var up = true;
        try {
            store.check(STORE_TIMEOUT);
            checks.put("store", "UP");
        } catch (StoreUnavailableException e) {
            LOG.warn("health: store down: {}", e.getMessage());
            checks.put("store", "DOWN");
            up = false;
        }
        Replies.json(res, up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                new Report(up ? "UP" : "DOWN", checks, new TreeMap<>(agents.get())));
    }

    /** The body: the overall status first, then each check by name, then each agent's breaker (when any). */
    record Report(String status, Map<String, String> checks,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> agents) {
    }
}
