package dev.synckit.webhooks;

import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.audit.AuditLog;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.deployment.ProgressIntake;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.login.LoginFlow;
import dev.synckit.core.login.Sessions;
import dev.synckit.core.people.People;
import dev.synckit.core.store.StoreHealth;
import dev.synckit.core.store.StoreSnapshot;
import dev.synckit.core.store.StoreUnavailableException;
import dev.synckit.core.token.ApiTokens;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webserver and everything it routes: synckit's own endpoints, then the embedding application's. Unknown paths
 * answer a JSON 404; a store that does not answer, 503; anything unexpected, a JSON 500 without a stack trace.
 */
public final class HttpSurface {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSurface.class);
    /** Well below the usual descriptor limits, well above what agents, CI and a device farm open. */
    static final int MAX_CONNECTIONS = 1024;

    private final String host;
    private final int port;
    private final PrometheusMeterRegistry meters;
    private final HealthRoutes health;
    private final ScopedTokens scoped;
    private final List<HttpService> services = new ArrayList<>();
    private Optional<SessionGuard> sessionGuard = Optional.empty();
    private Optional<ApiGuard> apiGuard = Optional.empty();
    private Optional<People> people = Optional.empty();
    private boolean loopbackOnly;

    private HttpSurface(String host, int port, PrometheusMeterRegistry meters, HealthRoutes health,
            ScopedTokens scoped) {
        this.host = host;
        this.port = port;
        this.meters = meters;
        this.health = health;
        this.scoped = scoped;
    }

    /** The endpoints of INTERFACE.md on {@code host:port} (port 0: any free port), without scoped tokens. */
    public static HttpSurface of(String host, int port, PrometheusMeterRegistry meters, VerifyInfo identity,
            StoreHealth storeHealth, NewVersionIntake intake, TokenCheck eventSecret) {
        return of(host, port, meters, identity, storeHealth, intake, eventSecret, ScopedTokens.NONE);
    }

    /**
     * The endpoints of INTERFACE.md on {@code host:port} (port 0: any free port); beside the environment's secrets,
     * the API and the events endpoint accept the scoped tokens {@code scoped} finds, each within its scope.
     */
    public static HttpSurface of(String host, int port, PrometheusMeterRegistry meters, VerifyInfo identity,
            StoreHealth storeHealth, NewVersionIntake intake, TokenCheck eventSecret, ScopedTokens scoped) {
        var surface = new HttpSurface(host, port, meters, new HealthRoutes(storeHealth), scoped);
        surface.services.add(surface.health);
        surface.services.add(new MetricsRoutes(meters));
        surface.services.add(new VerifyRoutes(identity));
        surface.services.add(new OpenApiRoutes());
        surface.services.add(new NewVersionRoutes(intake, eventSecret, scoped, meters));
        return surface;
    }

    /**
     * The deployments API, target locks and the agents' progress callbacks; {@code agents} answers each target's
     * circuit breaker for the health details, {@code people} the names shown beside the ids of who did what.
     */
    public HttpSurface withDeployments(DeploymentService deployments, TargetLocks locks, ProgressIntake progress,
            TokenCheck apiToken, Supplier<Map<String, String>> agents, People people) {
        var guard = new ApiGuard(apiToken, scoped, () -> sessionGuard, people);
        apiGuard = Optional.of(guard);
        this.people = Optional.of(people);
        services.add(new DeploymentRoutes(deployments, guard, people));
        services.add(new LockRoutes(locks, guard, people));
        services.add(new TargetRoutes(deployments, locks, agents, guard, people));
        services.add(new ProgressRoutes(progress, meters));
        health.agents(agents);
        return this;
    }

    /** The audit log, read-only: every entry for the operator's token and maintainers, a token's targets' for it. */
    public HttpSurface withAudit(AuditLog audit) {
        services.add(new AuditRoutes(audit, api("the audit log"), names()));
        return this;
    }

    /** {@code GET /api/v1/backup}: a backup of the running store, for the operator's token and maintainers. */
    public HttpSurface withBackups(StoreSnapshot snapshot, Clock clock) {
        services.add(new BackupRoutes(snapshot, api("the backup"), clock));
        return this;
    }

    /** {@code /api/v1/tokens}: create, list and revoke scoped tokens, for the operator's token and maintainers. */
    public HttpSurface withTokens(ApiTokens tokens) {
        services.add(new TokenRoutes(tokens, api("scoped tokens"), names()));
        return this;
    }

    private People names() {
        return people.orElseThrow();
    }

    private ApiGuard api(String what) {
        return apiGuard.orElseThrow(() -> new IllegalStateException(what + " need the API: call withDeployments first"));
    }

    /** The path, under the public URL, where agents post the progress of deployment {@code id}. */
    public static String progressPath(DeploymentId id) {
        return ProgressRoutes.path(id);
    }

    /**
     * "Log in with Discord" under {@code /auth/…}, the session check {@link AuthenticatedRoutes} use, and the
     * maintainers' dashboard behind it.
     *
     * @param flow      the login; empty when it is off (no client secret), sessions are then still checked
     * @param publicUrl the URL browsers reach this service at: the cookie is Secure on https, and state-changing
     *                  requests must come from its origin
     */
    public HttpSurface withLogin(Optional<LoginFlow> flow, Sessions sessions, Supplier<URI> publicUrl) {
        var cookie = new SessionCookie(publicUrl);
        var guard = new SessionGuard(sessions, cookie, publicUrl);
        services.add(new LoginRoutes(flow, sessions, guard, cookie));
        sessionGuard = Optional.of(guard);
        if (flow.isPresent()) {
            with(new DashboardPage().routes());
        } else {
            services.add(DashboardPage::loginOff);
        }
        return this;
    }

    /** Routes of the embedding application behind a signed-in session, served after synckit's own. */
    public HttpSurface with(AuthenticatedRoutes routes) {
        var check = sessionGuard.orElseThrow(() -> new IllegalStateException(
                "AuthenticatedRoutes " + routes.path() + " need the login: call withLogin first")).guard(routes.who());
        services.add(rules -> rules.register(routes.path(), guarded -> {
            guarded.any(check);
            routes.rules().accept(guarded);
        }));
        return this;
    }

    /** Routes of the embedding application, served after synckit's own. */
    public HttpSurface with(HttpRoutes routes) {
        services.add(routes::register);
        return this;
    }

    /**
     * Answers only requests that name this server's loopback address and port (or {@code localhost}) as their Host
     * and, with an Origin, as that too; anything else is a 403. For a service whose routes a page drives without a
     * login: a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) is refused.
     */
    public HttpSurface loopbackOnly() {
        loopbackOnly = true;
        return this;
    }

    /** Binds and starts serving. */
    public Running start() {
        var abandoned = AbandonedConnections.install();
        var server = WebServer.builder()
                .host(host)
                .port(port)
                .shutdownHook(false)
                .shutdownGracePeriod(Duration.ofSeconds(10))
                // a flood of connections must wait in the backlog, not exhaust the file descriptors: Helidon closes
                // its listening socket for good on "too many open files"
                .maxTcpConnections(MAX_CONNECTIONS)
                .idleConnectionTimeout(Duration.ofMinutes(2))
                .routing(this::route)
                .build()
                .start();
        return new Running(server, abandoned);
    }

    private void route(HttpRouting.Builder routing) {
        if (loopbackOnly) {
            routing.addFilter(new LoopbackOnly());
        }
        register(routing);
        routing.any((req, res) -> Replies.error(res, Status.NOT_FOUND_404, "no such endpoint"))
                .error(StoreUnavailableException.class, (req, res, e) -> {
                    LOG.warn("{} {}: store unavailable: {}", req.prologue().method().text(), req.path().path(),
                            e.getMessage());
                    Replies.error(res, Status.SERVICE_UNAVAILABLE_503, "store unavailable, try again");
                })
                .error(RequestException.class, (req, res, e) -> Replies.error(res, e.status(), "bad request"))
                .error(RuntimeException.class, (req, res, e) -> {
                    LOG.error("{} {} failed", req.prologue().method().text(), req.path().path(), e);
                    Replies.error(res, Status.INTERNAL_SERVER_ERROR_500, "internal error");
                });
    }

    /**
     * Registers synckit's routes and the application's on {@code rules}: the server's, or those of a reader that
     * lists them (Helidon's routing keeps no list to read back).
     */
    void register(HttpRules rules) {
        services.forEach(rules::register);
    }

    /** A started server. */
    public static final class Running implements AutoCloseable {

        private final WebServer server;
        /** Kept with the server: its filter lives as long as a reference to it does. */
        private final AbandonedConnections abandoned;

        private Running(WebServer server, AbandonedConnections abandoned) {
            this.server = server;
            this.abandoned = abandoned;
        }

        /** The bound port (the real one when 0 was asked). */
        public int port() {
            return server.port();
        }

        /** Stops accepting, lets in-flight requests finish within the grace period, then stops. */
        @Override
        public void close() {
            server.stop();
        }
    }
}
