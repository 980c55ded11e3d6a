package dev.synckit.app;

import dev.synckit.store.Store;
import dev.synckit.webhooks.HttpSurface;

/** A started synckit. Closing it stops taking requests, lets in-flight ones finish, then closes the store. */
public final class RunningSyncKit implements AutoCloseable {

    private final HttpSurface.Running http;
    private final Store store;
    private final RunningBuild build;
    private boolean closed;

    RunningSyncKit(HttpSurface.Running http, Store store, RunningBuild build) {
        this.http = http;
        this.store = store;
        this.build = build;
    }

    /** The port the webserver listens on. */
    public int port() {
        return http.port();
    }

    public RunningBuild build() {
        return build;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            http.close();
        } finally {
            store.close();
        }
    }
}
