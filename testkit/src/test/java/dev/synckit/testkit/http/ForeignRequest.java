package dev.synckit.testkit.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request over a plain socket to 127.0.0.1:{@code port}, with the {@code Host} and {@code Origin} a
 * test chooses: what a page on another site sends after pointing its own name at 127.0.0.1 (DNS rebinding).
 *
 * @param host   the Host header
 * @param origin the Origin header; null sends none
 */
public record ForeignRequest(int port, String host, String origin) {

    /** What came back: the status code and the body. */
    public record Answer(int status, String body) {
    }

    public Answer get(String path) {
        return send("GET", path, "");
    }

    public Answer post(String path, String jsonBody) {
        return send("POST", path, jsonBody);
    }

    private Answer send(String method, String path, String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        try (var socket = new Socket(InetAddress.ofLiteral("127.0.0.1"), port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on port " + port, e);
        }
    }

    /** One response, by its Content-Length or chunks: a server may keep the connection open after it. */
    private static Answer read(InputStream in) throws IOException {
        var status = Integer.parseInt(line(in).split(" ")[1]);
        var length = -1;
        var chunked = false;
        for (var header = line(in); !header.isEmpty(); header = line(in)) {
            var lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).strip());
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        var body = new ByteArrayOutputStream();
        if (chunked) {
            for (var size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes(length));
        } else {
            in.transferTo(body);
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        var text = new StringBuilder();
        for (var c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed mid-response");
            }
            if (c != '\r') {
                text.append((char) c);
            }
        }
        return text.toString();
    }
}
