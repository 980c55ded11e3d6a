package dev.synckit.testkit.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synckit.testkit.record.Transcript;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One websocket: speaks the gateway opcodes and hands dispatching to the session it identifies or resumes. */
final class GatewayConnection extends WebSocketListener {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);
    private static final int AUTHENTICATION_FAILED = 4004;
    private static final int DECODE_ERROR = 4002;

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Transcript transcript;
    private volatile GatewaySession session;

    GatewayConnection(Gateway gateway, ObjectMapper json, Transcript transcript) {
        this.gateway = gateway;
        this.json = json;
        this.transcript = transcript;
    }

    @Override
    public void onOpen(WebSocket socket, Response response) {
        var hello = json.createObjectNode().put("op", 10);
        hello.putNull("s");
        hello.putNull("t");
        hello.putObject("d").put("heartbeat_interval", gateway.heartbeatMillis());
        socket.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JsonProcessingException e) {
            socket.close(DECODE_ERROR, "Error while decoding payload");
            return;
        }
        int op = frame.path("op").asInt(-1);
        transcript.recordGatewayOp(op);
        JsonNode data = frame.path("d");
        switch (op) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> identify(socket, data);
            case 6 -> resume(socket, data);
            default -> LOG.debug("gateway op {} ignored", op);
        }
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
        socket.close(code, null);
        detach(socket);
    }

    @Override
    public void onClosed(WebSocket socket, int code, String reason) {
        detach(socket);
    }

    @Override
    public void onFailure(WebSocket socket, Throwable failure, Response response) {
        LOG.debug("gateway socket failed: {}", failure.toString());
        detach(socket);
    }

    private void identify(WebSocket socket, JsonNode data) {
        if (!gateway.acceptsToken(data.path("token").asText())) {
            socket.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        session = gateway.open(socket);
    }

    private void resume(WebSocket socket, JsonNode data) {
        var found = gateway.session(data.path("session_id").asText());
        if (found.isEmpty() || !gateway.acceptsToken(data.path("token").asText())) {
            socket.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
            return;
        }
        session = found.get();
        session.resume(socket, data.path("seq").asLong(0));
        gateway.socketsChanged();
    }

    private void detach(WebSocket socket) {
        GatewaySession current = session;
        if (current != null) {
            current.detach(socket);
            gateway.socketsChanged();
        }
    }
}
