package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogStreamTest {

    private static void frame(ByteArrayOutputStream out, int stream, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(new byte[] {(byte) stream, 0, 0, 0, (byte) (payload.length >>> 24),
                (byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length});
        out.writeBytes(payload);
    }

    private static List<LogStream.Line> decode(byte[] raw, boolean tty) throws IOException {
        List<LogStream.Line> lines = new ArrayList<>();
        LogStream.decode(new ByteArrayInputStream(raw), tty, lines::add);
        return lines;
    }

    @Test
    void multiplexedFramesBecomeLinesPerStream() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        frame(raw, 1, "starting\nlistening on ");
        frame(raw, 2, "warning: no config\n");
        frame(raw, 1, ":8080\r\n");
        frame(raw, 2, "fatal: bind: address in use");

        assertEquals(List.of(
                new LogStream.Line(false, "starting"),
                new LogStream.Line(true, "warning: no config"),
                new LogStream.Line(false, "listening on :8080"),
                new LogStream.Line(true, "fatal: bind: address in use")), decode(raw.toByteArray(), false));
    }

    @Test
    void largeFramesAndMultibyteTextSurviveSplitting() throws IOException {
        String big = "é".repeat(50_000);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        frame(raw, 1, big.substring(0, 10) + "\n" + big.substring(10, 20) + "\n");

        assertEquals(List.of(new LogStream.Line(false, big.substring(0, 10)),
                new LogStream.Line(false, big.substring(10, 20))), decode(raw.toByteArray(), false));
    }

    @Test
    void ttyOutputIsRaw() throws IOException {
        assertEquals(List.of(new LogStream.Line(false, "one"), new LogStream.Line(false, "two")),
                decode("one\r\ntwo".getBytes(StandardCharsets.UTF_8), true));
    }

    @Test
    void aStreamCutInsideAFrameIsAnError() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        frame(raw, 1, "complete\n");
        raw.writeBytes(new byte[] {1, 0, 0, 0, 0, 0, 0, 9, 'c', 'u', 't'});

        assertThrows(EOFException.class, () -> decode(raw.toByteArray(), false));
    }

    @Test
    void rawTextIsNotMistakenForFrames() {
        assertThrows(IOException.class, () -> decode("plain text, no frames\n".getBytes(StandardCharsets.UTF_8),
                false));
    }

    @Test
    void ofALineOverTheCapOnlyTheStartIsKeptAndTheLineSaysHowMuchWasNot() throws IOException {
        String secret = "tok-0123456789abcdef";
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        frame(raw, 1, "a".repeat(LogStream.MAX_LINE - 5) + secret + "b".repeat(100_000) + "\nnext\n");

        var lines = decode(raw.toByteArray(), false);
        assertEquals(List.of(new LogStream.Line(false, "a".repeat(LogStream.MAX_LINE - 5) + secret.substring(0, 5)
                + "… (" + (secret.length() - 5 + 100_000) + " more bytes of this line not shown)"),
                new LogStream.Line(false, "next")), lines);
    }
}
