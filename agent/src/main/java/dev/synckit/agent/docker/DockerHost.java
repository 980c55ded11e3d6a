package dev.synckit.agent.docker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Map;

/** Where the engine listens, as {@code DOCKER_HOST} names it. */
sealed interface DockerHost {

    String DEFAULT = "unix:///var/run/docker.sock";

    /** An unconnected channel of the right family; the caller connects it under its deadline. */
    SocketChannel openChannel() throws IOException;

    SocketAddress address();

    /** The Host header value: HTTP/1.1 requires one even on a unix socket. */
    String hostHeader();

    /** For messages: the address as the user wrote it. */
    String describe();

    static DockerHost fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault("DOCKER_HOST", "");
        return parse(value.isBlank() ? DEFAULT : value.strip());
    }

    static DockerHost parse(String value) {
        if (value.startsWith("unix://")) {
            String path = value.substring("unix://".length());
            if (path.isEmpty()) {
                throw new IllegalArgumentException("DOCKER_HOST " + value + " names no socket path");
            }
            return new Unix(Path.of(path));
        }
        if (value.startsWith("tcp://")) {
            String rest = value.substring("tcp://".length());
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            int colon = authority.lastIndexOf(':');
            if (colon <= 0 || colon == authority.length() - 1) {
                throw new IllegalArgumentException("DOCKER_HOST " + value + " needs tcp://host:port");
            }
            String host = authority.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                return new Tcp(host, Integer.parseInt(authority.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DOCKER_HOST " + value + " has no numeric port", e);
            }
        }
        throw new IllegalArgumentException("DOCKER_HOST " + value + " is neither unix:///path nor tcp://host:port");
    }

    record Unix(Path socket) implements DockerHost {
        @Override
        public SocketChannel openChannel() throws IOException {
            return SocketChannel.open(StandardProtocolFamily.UNIX);
        }

        @Override
        public SocketAddress address() {
            return UnixDomainSocketAddress.of(socket);
        }

        @Override
        public String hostHeader() {
            return "docker";
        }

        @Override
        public String describe() {
            return "unix://" + socket;
        }
    }

    record Tcp(String host, int port) implements DockerHost {
        @Override
        public SocketChannel openChannel() throws IOException {
            return SocketChannel.open();
        }

        @Override
        public SocketAddress address() {
            return new InetSocketAddress(host, port);
        }

        @Override
        public String hostHeader() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        @Override
        public String describe() {
            return "tcp://" + hostHeader();
        }
    }
}
