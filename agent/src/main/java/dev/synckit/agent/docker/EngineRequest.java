package dev.synckit.agent.docker;

import java.io.IOException;
import java.io.OutputStream;

/** One API request: method, target ({@code /v1.41/...} with its query), and body. */
record EngineRequest(String method, String target, Body body) {

    static EngineRequest get(String target) {
        return new EngineRequest("GET", target, new Body.None());
    }

    static EngineRequest post(String target) {
        return new EngineRequest("POST", target, new Body.None());
    }

    static EngineRequest post(String target, byte[] json) {
        return new EngineRequest("POST", target, new Body.Json(json));
    }

    static EngineRequest delete(String target) {
        return new EngineRequest("DELETE", target, new Body.None());
    }

    /** A request body: none, a JSON document, or a stream of unknown length sent chunked. */
    sealed interface Body {
        record None() implements Body {
        }

        record Json(byte[] content) implements Body {
        }

        record Streamed(String contentType, Writer writer) implements Body {
        }
    }

    /**
     * Writes a streamed body; the stream must not be closed by the writer. Failures of the body's own source
     * (an unreadable file) are {@link SourceFailure}s, so they are not mistaken for a broken connection.
     */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The body's source failed, not the connection; its message is fit for a step's output. */
    static final class SourceFailure extends IOException {
        SourceFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
