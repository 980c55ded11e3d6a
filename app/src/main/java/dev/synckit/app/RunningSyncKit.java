package dev.synckit.app;

import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.webhooks.HttpSurface;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started synckit. Closing it stops taking requests and lets in-flight ones finish, then stops tracking
 * deployments (their state is in the store: the next start picks them up), then closes the agent client and the
 * store.
 */
public final class RunningSyncKit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningSyncKit.class);

    private final HttpSurface.Running http;
    private final List<AutoCloseable> parts;
    private final RunningBuild build;
    private final DeploymentService deployments;
    private boolean closed;

    RunningSyncKit(HttpSurface.Running http, List<AutoCloseable> parts, RunningBuild build,
            DeploymentService deployments) {
        this.http = http;
        this.parts = List.copyOf(parts);
        this.build = build;
        this.deployments = deployments;
    }

    /** The port the webserver listens on. */
    public int port() {
        return http.port();
    }

    public RunningBuild build() {
        return build;
    }

    /** Deployments, for an embedding application's own commands and pages. */
    public DeploymentService deployments() {
        return deployments;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.close();
        for (var part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
