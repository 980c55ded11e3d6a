package dev.synckit.contract;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule of a surface that answers without a login because only the person at this machine reaches it (the
 * playground's page, the service behind it, the Discord emulator): a request must name this loopback address and
 * port, or {@code localhost} and the port, as its {@code Host}, and an {@code Origin}, when it has one, of exactly
 * that. A page elsewhere can point its own host name at 127.0.0.1 (DNS rebinding) and so reach the port, but its
 * browser then sends that foreign name as the Host, and its own origin, on every request.
 *
 * @param address the loopback address the request arrived at
 * @param port    the port it arrived at
 */
public record LoopbackAuthority(InetAddress address, int port) {

    private static final int HTTP_DEFAULT_PORT = 80;

    /** True when the request with these headers (null: absent) is one this machine's own browser or client sent. */
    public boolean admits(String host, String origin) {
        if (!address.isLoopbackAddress() || host == null) {
            return false;
        }
        var ours = authorities();
        if (!ours.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return origin == null || ours.stream().map(authority -> "http://" + authority)
                .anyMatch(origin.strip().toLowerCase(Locale.ROOT)::equals);
    }

    /** Why a request was refused: what is accepted (never what was sent, which may be anything). */
    public String refusal() {
        return "this loopback service answers only requests for http://" + literal() + ":" + port
                + " or http://localhost:" + port + " (Host, and Origin when present)";
    }

    private Set<String> authorities() {
        return Stream.of(literal(), "localhost")
                .flatMap(name -> port == HTTP_DEFAULT_PORT ? Stream.of(name + ":" + port, name)
                        : Stream.of(name + ":" + port))
                .collect(Collectors.toUnmodifiableSet());
    }

    private String literal() {
        var text = address.getHostAddress().toLowerCase(Locale.ROOT);
        return address instanceof Inet6Address ? "[" + (text.equals("0:0:0:0:0:0:0:1") ? "::1" : text) + "]" : text;
    }
}
