package dev.synckit.agent.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/** A response whose head is in; its body is read under the same deadline. Close it to free the connection. */
final class EngineResponse implements AutoCloseable {

    private static final int MAX_DOCUMENT = 8 * 1024 * 1024;
    private static final int MAX_LINE = 1024 * 1024;

    private final int status;
    private final InputStream body;
    private final SocketChannel channel;
    private final Exchange exchange;

    EngineResponse(int status, InputStream body, SocketChannel channel, Exchange exchange) {
        this.status = status;
        this.body = body;
        this.channel = channel;
        this.exchange = exchange;
    }

    int status() {
        return status;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The raw body stream, for callers that decode it themselves (container logs). */
    InputStream body() {
        return body;
    }

    Exchange exchange() {
        return exchange;
    }

    byte[] bytes() throws ContainerEngineException, InterruptedException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                if (all.size() + n > MAX_DOCUMENT) {
                    throw new ContainerEngineException(exchange.operation()
                            + ": the container engine's answer is larger than " + MAX_DOCUMENT + " bytes");
                }
                all.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw exchange.failure(e);
        }
        return all.toByteArray();
    }

    JsonNode json() throws ContainerEngineException, InterruptedException {
        return parse(bytes());
    }

    /** The engine's own words for a refusal: its {@code message} field, else the body, else the status. */
    String errorMessage() throws ContainerEngineException, InterruptedException {
        byte[] raw = bytes();
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        try {
            JsonNode message = WireJson.mapper().readTree(raw).path("message");
            if (message.isTextual() && !message.asText().isBlank()) {
                return message.asText().strip();
            }
        } catch (IOException notJson) {
            // plain-text refusals are shown as they are
        }
        return text.isEmpty() ? "HTTP " + status : text;
    }

    /** Hands each JSON document of a newline-delimited stream to {@code handler} as it arrives. */
    void eachJsonLine(JsonLineHandler handler) throws ContainerEngineException, InterruptedException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        deliver(line, handler);
                    } else if (line.size() < MAX_LINE) {
                        line.write(buffer[i]);
                    } else {
                        throw new ContainerEngineException(exchange.operation()
                                + ": the container engine sent a progress line longer than " + MAX_LINE + " bytes");
                    }
                }
            }
        } catch (IOException e) {
            throw exchange.failure(e);
        }
        deliver(line, handler);
    }

    private void deliver(ByteArrayOutputStream line, JsonLineHandler handler) throws ContainerEngineException {
        byte[] raw = line.toByteArray();
        line.reset();
        if (!new String(raw, StandardCharsets.UTF_8).isBlank()) {
            handler.accept(parse(raw));
        }
    }

    private JsonNode parse(byte[] raw) throws ContainerEngineException {
        try {
            return WireJson.mapper().readTree(raw);
        } catch (JsonProcessingException e) {
            String text = new String(raw, StandardCharsets.UTF_8);
            throw new ContainerEngineException(exchange.operation() + ": the container engine sent something that is"
                    + " not JSON: " + (text.length() > 200 ? text.substring(0, 200) + "…" : text), e);
        } catch (IOException e) {
            throw new ContainerEngineException(exchange.operation() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        EngineHttp.closeQuietly(channel, exchange.watchdog());
    }

    /** Takes one JSON document of a stream; may end the call with the engine's error. */
    @FunctionalInterface
    interface JsonLineHandler {
        void accept(JsonNode document) throws ContainerEngineException;
    }
}
