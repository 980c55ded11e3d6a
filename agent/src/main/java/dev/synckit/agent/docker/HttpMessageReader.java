package dev.synckit.agent.docker;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads an HTTP/1.1 response head and frames its body (chunked, Content-Length, or up to the close). */
final class HttpMessageReader {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;

    private HttpMessageReader() {
    }

    /** The head of the final response; interim 1xx responses are skipped. */
    static ResponseHead readHead(InputStream in) throws IOException {
        while (true) {
            String statusLine = readLine(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x response: " + abbreviate(statusLine));
            }
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("bad HTTP status line: " + abbreviate(statusLine), e);
            }
            Map<String, String> headers = readHeaders(in);
            if (status >= 200 || status == 101) {
                return new ResponseHead(status, parts.length == 3 ? parts[2] : "", headers);
            }
        }
    }

    /** The body of a response to {@code method}, framed as its head says; closing it leaves {@code in} open. */
    static InputStream body(ResponseHead head, String method, InputStream in) throws IOException {
        if (method.equals("HEAD") || head.status() == 204 || head.status() == 304) {
            return InputStream.nullInputStream();
        }
        String encoding = head.header("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return new ChunkedBody(in);
        }
        String length = head.header("content-length");
        if (length != null) {
            try {
                return new LengthBody(in, Long.parseLong(length.strip()));
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length: " + abbreviate(length), e);
            }
        }
        return in;
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(line.isEmpty() ? "the connection closed before a response"
                        : "the connection closed inside a header line");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("an HTTP header line is longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        for (int count = 0; ; count++) {
            String line = readLine(in);
            if (line.isEmpty()) {
                return headers;
            }
            if (count >= MAX_HEADERS) {
                throw new IOException("more than " + MAX_HEADERS + " HTTP headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("bad HTTP header line: " + abbreviate(line));
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
    }

    private static String abbreviate(String text) {
        String clean = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return clean.length() <= 120 ? clean : clean.substring(0, 120) + "…";
    }

    /** A response head; header names are lower case. */
    record ResponseHead(int status, String reason, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A body read in blocks; a single byte is a block of one. */
    private abstract static class BodyStream extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }

    /** Exactly {@code length} bytes; a shorter body is an error, not a silent truncation. */
    private static final class LengthBody extends BodyStream {
        private final InputStream in;
        private long left;

        LengthBody(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the response body ended " + left + " bytes early");
            }
            left -= n;
            return n;
        }
    }

    /** The chunked transfer coding; returns what one chunk holds without waiting for more (streams stay live). */
    private static final class ChunkedBody extends BodyStream {
        private final InputStream in;
        private long chunkLeft;
        private boolean done;

        ChunkedBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (chunkLeft == 0 && !nextChunk()) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) {
                throw new EOFException("the connection closed inside a chunk");
            }
            chunkLeft -= n;
            if (chunkLeft == 0) {
                expectLineEnd();
            }
            return n;
        }

        private boolean nextChunk() throws IOException {
            if (done) {
                return false;
            }
            String line = readLine(in);
            int semicolon = line.indexOf(';');
            String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
            try {
                chunkLeft = Long.parseUnsignedLong(size, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + abbreviate(line), e);
            }
            if (chunkLeft < 0) {
                throw new IOException("chunk too large: " + abbreviate(line));
            }
            if (chunkLeft == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailer fields carry nothing the engine client needs
                }
                done = true;
                return false;
            }
            return true;
        }

        private void expectLineEnd() throws IOException {
            if (!readLine(in).isEmpty()) {
                throw new IOException("a chunk is longer than its size says");
            }
        }
    }
}
