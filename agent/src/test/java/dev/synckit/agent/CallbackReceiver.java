package dev.synckit.agent;

import com.sun.net.httpserver.HttpServer;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.CallbackEvent;
import dev.synckit.contract.agent.CallbackEventType;
import dev.synckit.contract.agent.CallbackSignature;
import dev.synckit.contract.agent.SignatureVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service-side callback endpoint on loopback: verifies each signature with the contract's verifier, refuses the
 * first {@code refusals} posts with 503, and records what it accepted.
 */
public final class CallbackReceiver implements AutoCloseable {

    public record Received(CallbackEvent event, SignatureVerifier.Verdict verdict) {
    }

    private final HttpServer server;
    private final SignatureVerifier verifier;
    private final AtomicInteger refusalsLeft;
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Received> accepted = new ArrayList<>();

    public CallbackReceiver(String secret, int refusals) throws IOException {
        this.verifier = new SignatureVerifier(secret);
        this.refusalsLeft = new AtomicInteger(refusals);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/callbacks", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                attempts.incrementAndGet();
                if (refusalsLeft.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                var verdict = verifier.verifyFor("callbacks", exchange.getRequestHeaders().getFirst(CallbackSignature.TIMESTAMP_HEADER),
                        exchange.getRequestHeaders().getFirst(CallbackSignature.SIGNATURE_HEADER), body);
                synchronized (accepted) {
                    accepted.add(new Received(WireJson.mapper().readValue(body, CallbackEvent.class), verdict));
                    accepted.notifyAll();
                }
                exchange.sendResponseHeaders(verdict.valid() ? 204 : 401, -1);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks";
    }

    public int attempts() {
        return attempts.get();
    }

    /** Waits for the finished event of a deployment and answers everything accepted until then. */
    public List<Received> awaitFinished(String deploymentId) throws InterruptedException {
        synchronized (accepted) {
            while (accepted.stream().noneMatch(r -> r.event().deploymentId().equals(deploymentId)
                    && r.event().type() == CallbackEventType.FINISHED)) {
                accepted.wait(100);
            }
            return accepted.stream().filter(r -> r.event().deploymentId().equals(deploymentId)).toList();
        }
    }

    public List<Received> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
