package dev.synckit.agent.docker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 to the engine, one connection per request: engine streams (build, pull, logs) hold their connection
 * to the end anyway, and a fresh unix-socket connection costs next to nothing.
 */
final class EngineHttp {

    private final DockerHost host;

    EngineHttp(DockerHost host) {
        this.host = host;
    }

    DockerHost host() {
        return host;
    }

    /** Sends {@code request}; answers once the response head is in. The caller closes the response. */
    EngineResponse send(String operation, EngineRequest request, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException(operation + " interrupted");
        }
        SocketChannel channel;
        try {
            channel = host.openChannel();
        } catch (IOException e) {
            throw new ContainerEngineException(operation + ": cannot open a socket: " + e.getMessage(), e);
        }
        Watchdog watchdog = Watchdog.start(channel, deadline);
        Exchange exchange = new Exchange(operation, deadline, watchdog);
        try {
            connect(channel, exchange);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            HttpMessageReader.ResponseHead head = writeRequest(request, out, in);
            InputStream body = HttpMessageReader.body(head, request.method(), in);
            return new EngineResponse(head.status(), body, channel, exchange);
        } catch (IOException e) {
            closeQuietly(channel, watchdog);
            throw exchange.failure(e);
        }
    }

    private void connect(SocketChannel channel, Exchange exchange)
            throws ContainerEngineException, InterruptedException {
        try {
            channel.connect(host.address());
        } catch (IOException e) {
            if (e instanceof ClosedByInterruptException || exchange.watchdog().fired()) {
                closeQuietly(channel, exchange.watchdog());
                throw exchange.failure(e);
            }
            closeQuietly(channel, exchange.watchdog());
            throw new ContainerEngineException(exchange.operation() + ": cannot reach the container engine at "
                    + host.describe() + ": " + e.getMessage(), e);
        }
    }

    private HttpMessageReader.ResponseHead writeRequest(EngineRequest request, OutputStream out, InputStream in)
            throws IOException {
        StringBuilder head = new StringBuilder()
                .append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host.hostHeader()).append("\r\n")
                .append("User-Agent: synckit-agent\r\n")
                .append("Connection: close\r\n");
        switch (request.body()) {
            case EngineRequest.Body.None none -> head.append("Content-Length: 0\r\n\r\n");
            case EngineRequest.Body.Json json -> head.append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(json.content().length).append("\r\n\r\n");
            case EngineRequest.Body.Streamed streamed -> head.append("Content-Type: ")
                    .append(streamed.contentType()).append("\r\n")
                    .append("Transfer-Encoding: chunked\r\n\r\n");
        }
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        try {
            switch (request.body()) {
                case EngineRequest.Body.None none -> out.flush();
                case EngineRequest.Body.Json json -> {
                    out.write(json.content());
                    out.flush();
                }
                case EngineRequest.Body.Streamed streamed -> {
                    ChunkedOutput chunked = new ChunkedOutput(out);
                    streamed.writer().writeTo(chunked);
                    chunked.finish();
                }
            }
        } catch (EngineRequest.SourceFailure sourceFailed) {
            throw sourceFailed;
        } catch (IOException writeFailed) {
            // an engine that refuses a request early (bad tag, full disk) answers and hangs up mid-body: its answer
            // says more than the broken pipe does
            try {
                return HttpMessageReader.readHead(in);
            } catch (IOException noAnswer) {
                writeFailed.addSuppressed(noAnswer);
                throw writeFailed;
            }
        }
        return HttpMessageReader.readHead(in);
    }

    static void closeQuietly(SocketChannel channel, Watchdog watchdog) {
        watchdog.close();
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more can be done with a connection that will not close
        }
    }
}
