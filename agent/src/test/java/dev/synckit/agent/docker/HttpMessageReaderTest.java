package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpMessageReaderTest {

    private static InputStream stream(String raw) {
        return new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String raw, String method) throws IOException {
        InputStream in = stream(raw);
        HttpMessageReader.ResponseHead head = HttpMessageReader.readHead(in);
        return new String(HttpMessageReader.body(head, method, in).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void contentLengthBodyStopsAtItsLength() throws IOException {
        InputStream in = stream("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n"
                + "{\"a\"}trailing garbage");
        HttpMessageReader.ResponseHead head = HttpMessageReader.readHead(in);

        assertEquals(404, head.status());
        assertEquals("Not Found", head.reason());
        assertEquals("application/json", head.header("Content-Type"));
        assertEquals("{\"a\"}", new String(HttpMessageReader.body(head, "GET", in).readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void chunkedBodyWithExtensionsAndTrailersIsJoined() throws IOException {
        String raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;name=value\r\nWiki\r\n"
                + "B\r\npedia in \r\n\r\n"
                + "0\r\nX-Trailer: yes\r\n\r\n"
                + "HTTP/1.1 next response";

        assertEquals("Wikipedia in \r\n", body(raw, "GET"));
    }

    @Test
    void chunkedReadReturnsWhatOneChunkHoldsWithoutWaitingForMore() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n");
        InputStream body = HttpMessageReader.body(HttpMessageReader.readHead(in), "POST", in);
        byte[] buffer = new byte[100];

        assertEquals(3, body.read(buffer));
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(buffer, 3));
    }

    @Test
    void interimContinueResponseIsSkipped() throws IOException {
        String raw = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok";

        assertEquals("ok", body(raw, "POST"));
    }

    @Test
    void bodyWithoutFramingRunsToTheClose() throws IOException {
        assertEquals("until the end", body("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end", "GET"));
    }

    @Test
    void noContentAndHeadHaveNoBody() throws IOException {
        assertEquals("", body("HTTP/1.1 204 No Content\r\n\r\nstray", "POST"));
        assertEquals("", body("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", "HEAD"));
    }

    @Test
    void repeatedHeadersAreJoinedAndNamesAreCaseInsensitive() throws IOException {
        HttpMessageReader.ResponseHead head = HttpMessageReader.readHead(
                stream("HTTP/1.0 200 OK\nWarning: one\nWARNING: two\n\n"));

        assertEquals("one, two", head.header("warning"));
    }

    @Test
    void truncatedBodiesAreErrorsNotShortReads() {
        assertThrows(EOFException.class, () -> body("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "GET"));
        assertThrows(EOFException.class,
                () -> body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort", "GET"));
        assertThrows(EOFException.class, () -> body("HTTP/1.1 200 OK\r\nContent-Le", "GET"));
    }

    @Test
    void malformedResponsesAreRejected() {
        assertThrows(IOException.class, () -> body("SSH-2.0-OpenSSH\r\n\r\n", "GET"));
        assertThrows(IOException.class, () -> body("HTTP/1.1 abc OK\r\n\r\n", "GET"));
        assertThrows(IOException.class, () -> body("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "GET"));
        assertThrows(IOException.class,
                () -> body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "GET"));
        assertThrows(IOException.class,
                () -> body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", "GET"));
    }
}
