package dev.synckit.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The webserver's bind address and the URL agents call back on. Port 0 binds any free port; the public URL is then
 * derived from the port actually bound, with {@link #publicUrl(int)}.
 */
public record HttpSettings(String host, int port, Optional<URI> publicUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(publicUrl, "publicUrl");
    }

    /**
     * The URL agents use for callbacks, without a trailing slash: the configured one, else {@code http://host:port}
     * with the port the server really bound. A wildcard bind address is not reachable as such, so loopback stands in.
     */
    public URI publicUrl(int boundPort) {
        return publicUrl.orElseGet(() -> {
            var reachable = switch (host) {
                case "0.0.0.0" -> "127.0.0.1";
                case "::", "[::]" -> "[::1]";
                default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            };
            return URI.create("http://" + reachable + ":" + boundPort);
        });
    }
}
