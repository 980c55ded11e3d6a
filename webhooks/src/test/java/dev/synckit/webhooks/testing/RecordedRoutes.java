package dev.synckit.webhooks.testing;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules that serve nothing and write down each route registered on them: the method (or {@code ANY}) and the path,
 * with the prefix of the service it came in. Helidon's routing keeps no list a test could read; every way of adding a
 * route ends in one of the four methods below, or in {@link #route(HttpRoute)}, whose matcher has no path to read:
 * that one fails instead of letting a route go unseen.
 */
public final class RecordedRoutes implements HttpRules {

    public static final String ANY = "ANY";

    /** One registered route; {@code path} in Helidon's template form, which OpenAPI shares ({@code /a/{id}}). */
    public record Route(String method, String path) {
    }

    private final String prefix;
    private final List<Route> routes;

    public RecordedRoutes() {
        this("", new ArrayList<>());
    }

    private RecordedRoutes(String prefix, List<Route> routes) {
        this.prefix = prefix;
        this.routes = routes;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (var service : services) {
            service.routing(this);
        }
        return this;
    }

    @Override
    public HttpRules register(String path, HttpService... services) {
        var below = new RecordedRoutes(join(path), routes);
        for (var service : services) {
            service.routing(below);
        }
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        throw new UnsupportedOperationException("a route given as a matcher has no path to record: " + route);
    }

    // Helidon's get, post, put, … with a path come here, one call per handler
    @Override
    public HttpRules route(Method method, String path, Handler handler) {
        return record(method.text(), path);
    }

    // … and without a path (the service's prefix itself), here
    @Override
    public HttpRules route(Method method, Handler handler) {
        return record(method.text(), "");
    }

    @Override
    public HttpRules any(String path, Handler... handlers) {
        return record(ANY, path);
    }

    @Override
    public HttpRules any(Handler... handlers) {
        return record(ANY, "");
    }

    private HttpRules record(String method, String path) {
        routes.add(new Route(method, join(path)));
        return this;
    }

    /** The prefix and the path as one, without the trailing slash Helidon does not ask for ({@code /dashboard/}). */
    private String join(String path) {
        var joined = prefix + path;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
