package dev.synckit.agent.callback;

import dev.synckit.agent.run.Deployment;
import dev.synckit.agent.run.DeploymentEvents;
import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.CallbackEvent;
import dev.synckit.contract.agent.CallbackSignature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts signed events to callback URLs: one ordered {@link CallbackStream} per deployment that has a URL. Each
 * signature is bound to the URL's subject (its last path segment), so the service refuses it anywhere else.
 */
public final class CallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

    private final HttpClient http;
    private final CallbackSignature signature;
    private final Clock clock;
    private final RetryPolicy policy;

    public CallbackSender(HttpClient http, CallbackSignature signature, Clock clock, RetryPolicy policy) {
        this.http = http;
        this.signature = signature;
        this.clock = clock;
        this.policy = policy;
    }

    /** The events of a deployment: sent to its callback URL, or nowhere when it has none. */
    public DeploymentEvents eventsFor(Deployment deployment) {
        String url = deployment.callbackUrl();
        if (url == null || url.isBlank()) {
            return DeploymentEvents.NONE;
        }
        return new CallbackStream(URI.create(url), deployment, this, clock, policy);
    }

    /** One attempt; true when the receiver answered 2xx. */
    boolean post(URI url, CallbackEvent event) throws InterruptedException {
        byte[] body;
        try {
            body = WireJson.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a callback event always serializes", e);
        }
        long now = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(url)
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, signature.signFor(CallbackSignature.subjectOf(url), now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.debug("callback {} #{} answered {}", event.deploymentId(), event.sequence(), status);
        } catch (IOException e) {
            LOG.debug("callback {} #{} failed: {}", event.deploymentId(), event.sequence(), e.toString());
        }
        return false;
    }
}
