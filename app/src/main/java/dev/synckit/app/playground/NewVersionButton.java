package dev.synckit.app.playground;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.config.Secret;
import dev.synckit.contract.NewVersionEvent;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * The page's "New version": a real commit in the demo upstream, then a real {@code POST /events/new-version} to this
 * service with the event secret, as a device farm would send it. The secret never leaves the service.
 */
final class NewVersionButton {

    static final String PACKAGE = "dev.synckit.playground.demo";
    private static final Duration POST_WAIT = Duration.ofSeconds(10);

    private final DemoRepository repository;
    private final Secret eventSecret;
    private final Clock clock;
    private final HttpClient http;

    NewVersionButton(DemoRepository repository, Secret eventSecret, Clock clock) {
        this.repository = repository;
        this.eventSecret = eventSecret;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(POST_WAIT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Commits and announces the next version to the service listening at {@code service} (the address the page's
     * request came in on); answers what the page shows: the version, the commit and the service's status.
     */
    ObjectNode press(SocketAddress service) throws IOException, InterruptedException {
        var release = repository.release();
        var event = new NewVersionEvent(PACKAGE, release.version(), "upstream.git@" + release.commit(),
                release.commit(), clock.instant().toString(), null, null, null, null, null);
        var request = HttpRequest.newBuilder(eventsUrl(service)).timeout(POST_WAIT)
                .header("Authorization", "Bearer " + eventSecret.reveal())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(WireJson.mapper().writeValueAsBytes(event))).build();
        var answer = http.send(request, HttpResponse.BodyHandlers.discarding());
        return WireJson.mapper().createObjectNode().put("version", release.version())
                .put("commit", release.commit()).put("status", answer.statusCode());
    }

    void close() {
        http.close();
    }

    private static URI eventsUrl(SocketAddress service) {
        if (!(service instanceof InetSocketAddress inet)) {
            throw new IllegalStateException("the service listens on no internet address: " + service);
        }
        var host = inet.getAddress().getHostAddress();
        var literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + inet.getPort() + "/events/new-version");
    }
}
