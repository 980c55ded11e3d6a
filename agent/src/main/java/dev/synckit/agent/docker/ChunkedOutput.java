package dev.synckit.agent.docker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The chunked transfer coding for a request body; {@link #finish()} writes the last chunk. */
final class ChunkedOutput extends OutputStream {

    private final OutputStream out;

    ChunkedOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            // a zero-size chunk would end the body
            return;
        }
        out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b, off, len);
        out.write(CRLF);
    }

    void finish() throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private static final byte[] CRLF = {'\r', '\n'};
}
