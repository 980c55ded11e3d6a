package dev.synckit.agentclient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An old synckit agent as the Go original answers: only {@code POST /deploy}, a plain {@code 404 page not found}
 * for anything else. What {@code /deploy} answers is set by the test; every request is counted.
 */
final class GoDeployAgent implements AutoCloseable {

    static final String SECRET = "old-agent-secret";

    private final HttpServer server;
    private final AtomicInteger deploys = new AtomicInteger();
    private final AtomicInteger others = new AtomicInteger();
    private final List<String> deployQueries = new CopyOnWriteArrayList<>();
    private volatile int otherStatus = 404;
    private volatile String otherBody = "404 page not found\n";
    private volatile int deployStatus = 200;
    private volatile String deployBody = "{\"ok\":true}\n";

    GoDeployAgent() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** What every path but {@code /deploy} answers; Go's mux answers {@code 404 page not found}. */
    void answerOthers(int status, String body) {
        this.otherStatus = status;
        this.otherBody = body;
    }

    void answerDeploy(int status, String body) {
        this.deployStatus = status;
        this.deployBody = body;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int deploys() {
        return deploys.get();
    }

    int otherRequests() {
        return others.get();
    }

    List<String> deployQueries() {
        return deployQueries;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!exchange.getRequestURI().getPath().equals("/deploy")) {
                others.incrementAndGet();
                send(exchange, otherStatus, "text/plain; charset=utf-8", otherBody);
            } else if (!("Bearer " + SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                deploys.incrementAndGet();
                send(exchange, 401, "text/plain; charset=utf-8", "unauthorized\n");
            } else {
                deploys.incrementAndGet();
                deployQueries.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
                send(exchange, deployStatus, deployStatus == 200 ? "application/json" : "text/plain; charset=utf-8",
                        deployBody);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
