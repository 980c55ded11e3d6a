package dev.synckit.agentclient;

import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/**
 * One target's agent: where it listens and how to address it. {@link #address()} is the agent's URL without user
 * info, query or trailing slash; it keys the agent's breaker and names the agent in every message.
 */
record AgentEndpoint(String target, String address, Secret secret) {

    static AgentEndpoint of(TargetSettings target) {
        var url = target.agentUrl();
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        try {
            var base = new URI(url.getScheme(), null, url.getHost(), url.getPort(), null, null, null);
            return new AgentEndpoint(target.name(), base + path, target.agentSecret());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("target " + target.name() + ": agent URL without a host", e);
        }
    }

    /** A request to {@code path} under the agent's URL, with our bearer secret. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(address + path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + secret.reveal())
                .header("Accept", "application/json");
    }

    String unreachable(String reason) {
        return "agent at " + address + " unreachable: " + reason;
    }

    String says(String what) {
        return "agent at " + address + " " + what;
    }
}
