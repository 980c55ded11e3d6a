package dev.synckit.testkit;

import dev.synckit.contract.LoopbackAuthority;
import dev.synckit.contract.WireJson;
import java.net.InetAddress;
import java.util.function.IntSupplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The emulator's port answers only requests naming 127.0.0.1 (or localhost) and its port as their Host, with no
 * foreign Origin ({@link LoopbackAuthority}): its {@code /emulator/…} routes act as any member without a token, and
 * its authorization page approves a login at once, so a page elsewhere must not reach them by pointing its own host
 * name at 127.0.0.1.
 */
final class LoopbackDispatcher extends Dispatcher {

    private final Dispatcher routes;
    private final InetAddress address;
    private final IntSupplier port;
    private final Runnable afterRefusal;

    /**
     * @param port         the port the emulator listens on, known once it is bound
     * @param afterRefusal run after a refused request, which {@code routes} never sees (the emulator drains
     *                     MockWebServer's request log with it)
     */
    LoopbackDispatcher(Dispatcher routes, InetAddress address, IntSupplier port, Runnable afterRefusal) {
        this.routes = routes;
        this.address = address;
        this.port = port;
        this.afterRefusal = afterRefusal;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        LoopbackAuthority authority = new LoopbackAuthority(address, port.getAsInt());
        if (authority.admits(request.getHeader("Host"), request.getHeader("Origin"))) {
            return routes.dispatch(request);
        }
        afterRefusal.run();
        return new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json")
                .setBody(WireJson.mapper().createObjectNode().put("message", authority.refusal()).toString());
    }
}
