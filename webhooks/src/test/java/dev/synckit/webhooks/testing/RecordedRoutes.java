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
 * with the prefix of the service it came in. Helidon's routing keeps no list a test could read; a route given only
 * as a matcher cannot be read either, so it fails here instead of going unseen.
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

    @Override
    public HttpRules route(Method method, String path, Handler handler) {
        return record(method.text(), path);
    }

    @Override
    public HttpRules get(String path, Handler... handlers) {
        return record("GET", path);
    }

    @Override
    public HttpRules get(Handler... handlers) {
        return record("GET", "");
    }

    @Override
    public HttpRules post(String path, Handler... handlers) {
        return record("POST", path);
    }

    @Override
    public HttpRules post(Handler... handlers) {
        return record("POST", "");
    }

    @Override
    public HttpRules put(String path, Handler... handlers) {
        return record("PUT", path);
    }

    @Override
    public HttpRules put(Handler... handlers) {
        return record("PUT", "");
    }

    @Override
    public HttpRules delete(String path, Handler... handlers) {
        return record("DELETE", path);
    }

    @Override
    public HttpRules delete(Handler... handlers) {
        return record("DELETE", "");
    }

    @Override
    public HttpRules patch(String path, Handler... handlers) {
        return record("PATCH", path);
    }

    @Override
    public HttpRules patch(Handler... handlers) {
        return record("PATCH", "");
    }

    @Override
    public HttpRules head(String path, Handler... handlers) {
        return record("HEAD", path);
    }

    @Override
    public HttpRules head(Handler... handlers) {
        return record("HEAD", "");
    }

    @Override
    public HttpRules options(String path, Handler... handlers) {
        return record("OPTIONS", path);
    }

    @Override
    public HttpRules options(Handler... handlers) {
        return record("OPTIONS", "");
    }

    @Override
    public HttpRules trace(String path, Handler... handlers) {
        return record("TRACE", path);
    }

    @Override
    public HttpRules trace(Handler... handlers) {
        return record("TRACE", "");
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
