package dev.synckit.agent.docker;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes container logs into lines. Without a TTY the engine multiplexes stdout and stderr in frames (an 8-byte
 * header: stream, three zero bytes, big-endian payload length); with one, the bytes come raw.
 */
final class LogStream {

    static final int MAX_LINE = 64 * 1024;

    private LogStream() {
    }

    /** One line of a container's output; {@code stderr} tells which stream it came from. */
    record Line(boolean stderr, String text) {
    }

    static void decode(InputStream in, boolean tty, Consumer<Line> lines) throws IOException {
        LineSplitter stdout = new LineSplitter(false, lines);
        LineSplitter stderr = new LineSplitter(true, lines);
        if (tty) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                stdout.accept(buffer, 0, n);
            }
        } else {
            byte[] header = new byte[8];
            while (readFully(in, header, true)) {
                int stream = header[0];
                long length = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16)
                        | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                if (stream < 0 || stream > 2 || header[1] != 0 || header[2] != 0 || header[3] != 0) {
                    throw new IOException("the log stream is not in the multiplexed format");
                }
                LineSplitter target = stream == 2 ? stderr : stdout;
                byte[] payload = new byte[(int) Math.min(length, 64 * 1024)];
                for (long left = length; left > 0; ) {
                    int part = (int) Math.min(left, payload.length);
                    readFully(in, payload, part, false);
                    target.accept(payload, 0, part);
                    left -= part;
                }
            }
        }
        stdout.end();
        stderr.end();
    }

    private static boolean readFully(InputStream in, byte[] into, boolean endAllowed) throws IOException {
        return readFully(in, into, into.length, endAllowed);
    }

    private static boolean readFully(InputStream in, byte[] into, int length, boolean endAllowed)
            throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(into, done, length - done);
            if (n < 0) {
                if (done == 0 && endAllowed) {
                    return false;
                }
                throw new EOFException("the log stream ended inside a frame");
            }
            done += n;
        }
        return true;
    }

    /**
     * Cuts one stream's bytes into lines. Of a line longer than the cap only the start is kept, and the line says
     * how much of it was not: a line passed on in pieces would let each piece be masked alone, and a secret cut in
     * two would show whole across them.
     */
    private static final class LineSplitter {
        private final boolean stderr;
        private final Consumer<Line> lines;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private long dropped;

        LineSplitter(boolean stderr, Consumer<Line> lines) {
            this.stderr = stderr;
            this.lines = lines;
        }

        void accept(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    emit();
                } else if (pending.size() < MAX_LINE) {
                    pending.write(bytes[i]);
                } else {
                    dropped++;
                }
            }
        }

        void end() {
            if (pending.size() > 0 || dropped > 0) {
                emit();
            }
        }

        private void emit() {
            String text = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            if (dropped > 0) {
                text += "… (" + dropped + " more bytes of this line not shown)";
                dropped = 0;
            } else if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            lines.accept(new Line(stderr, text));
        }
    }
}
