package dev.synckit.testkit.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.WebSocket;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One gateway session: its sequence numbers and the dispatches it sent, kept so that a RESUME on a new socket gets
 * what the old one missed. It outlives its sockets, as a Discord session does.
 */
final class GatewaySession {

    private static final int REPLAY_LIMIT = 1_000;

    private final String id;
    private final ObjectMapper json;
    private final Deque<ObjectNode> sent = new ArrayDeque<>();
    private long sequence;
    private WebSocket socket;

    GatewaySession(String id, ObjectMapper json) {
        this.id = id;
        this.json = json;
    }

    String id() {
        return id;
    }

    /** Numbers the event, keeps it for replay, and sends it if a socket is attached. */
    synchronized void dispatch(String type, ObjectNode data) {
        ObjectNode frame = json.createObjectNode().put("op", 0).put("s", ++sequence).put("t", type);
        frame.set("d", data);
        sent.addLast(frame);
        if (sent.size() > REPLAY_LIMIT) {
            sent.removeFirst();
        }
        if (socket != null) {
            socket.send(frame.toString());
        }
    }

    synchronized boolean connected() {
        return socket != null;
    }

    synchronized void attach(WebSocket newSocket) {
        socket = newSocket;
    }

    /** Attaches the socket and sends every dispatch after {@code lastSeen}, then RESUMED. */
    synchronized void resume(WebSocket newSocket, long lastSeen) {
        socket = newSocket;
        for (ObjectNode frame : sent) {
            if (frame.get("s").asLong() > lastSeen) {
                socket.send(frame.toString());
            }
        }
        dispatch("RESUMED", json.createObjectNode());
    }

    synchronized void detach(WebSocket closed) {
        if (socket == closed) {
            socket = null;
        }
    }

    /** Closes the socket as Discord does when it wants a client to reconnect and resume. */
    synchronized void drop(int code, String reason) {
        if (socket != null) {
            socket.close(code, reason);
            socket = null;
        }
    }
}
