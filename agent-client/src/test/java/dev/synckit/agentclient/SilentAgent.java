package dev.synckit.agentclient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A port on loopback that takes connections and never answers: it holds them (hung) or hangs up at once. */
final class SilentAgent implements AutoCloseable {

    enum Manner { HOLD, HANG_UP }

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    SilentAgent(Manner manner) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        // closing the socket ends this loop
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    var connection = socket.accept();
                    connections.incrementAndGet();
                    if (manner == Manner.HOLD) {
                        held.add(connection);
                    } else {
                        connection.close();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (var connection : held) {
            connection.close();
        }
    }
}
