package dev.synckit.agent.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets and URL credentials placed at every offset around every cut (a line piece of {@link CommandRunner#MAX_LINE}
 * characters, a read of any size) are masked whole, and every other character comes through.
 */
class MaskingStreamTest {

    private static final String TOKEN = "tok-0123456789abcdef";
    private static final String AGENT_SECRET = "agent-secret-value";
    private static final String URL = "https://bob:hunter22@git.example.com/x.git";
    private static final String MASKED_URL = "https://***@git.example.com/x.git";

    private final Masker masker = new Masker(AGENT_SECRET, Map.of("MY_TOKEN", TOKEN));

    /** The text fed in reads of {@code read} characters; answers the lines that came out. */
    private List<String> cut(String text, int read) {
        var lines = new ArrayList<String>();
        var cutter = new LineCutter(CommandRunner.MAX_LINE, lines::add);
        var stream = masker.stream(cutter);
        for (int at = 0; at < text.length(); at += read) {
            stream.write(text.substring(at, Math.min(text.length(), at + read)));
        }
        stream.finish();
        cutter.end();
        return lines;
    }

    private void assertMasked(String value, String masked, int offset, int read) {
        String text = "x".repeat(offset) + value + "y\nnext line " + value + "\n";
        var lines = cut(text, read);
        String joined = String.join("", lines);
        String where = "offset " + offset + ", reads of " + read;
        assertFalse(joined.contains(value), where + ": " + joined.substring(Math.max(0, offset - 10)));
        assertFalse(joined.contains("hunter22"), where);
        assertEquals("x".repeat(offset) + masked + "y" + "next line " + masked, joined, where);
        assertEquals("next line " + masked, lines.getLast(), where);
        lines.forEach(line -> assertFalse(line.length() > CommandRunner.MAX_LINE, where));
    }

    @Test
    void aSecretIsMaskedWholeAtEveryOffsetAroundEveryCut() {
        int max = CommandRunner.MAX_LINE;
        for (String secret : List.of(TOKEN, AGENT_SECRET)) {
            for (int cut : new int[] {max, 2 * max}) {
                for (int offset = cut - secret.length() - 2; offset <= cut + 2; offset++) {
                    for (int read : new int[] {1, 3, 4096, 8192, 100_000}) {
                        assertMasked(secret, Masker.MASK, offset, read);
                    }
                }
            }
        }
    }

    @Test
    void urlCredentialsAreMaskedAtEveryOffsetAroundEveryCut() {
        int max = CommandRunner.MAX_LINE;
        for (int offset = max - URL.length() - 2; offset <= max + 2; offset++) {
            for (int read : new int[] {1, 5, 4096, 8192}) {
                assertMasked(URL, MASKED_URL, offset, read);
            }
        }
    }

    @Test
    void aSecretSpanningANewlineIsMaskedToo() {
        var multiLine = new Masker(null, Map.of("DEPLOY_KEY_SECRET", "-----BEGIN\nkey-body\n-----END"));
        var lines = new ArrayList<String>();
        var cutter = new LineCutter(CommandRunner.MAX_LINE, lines::add);
        var stream = multiLine.stream(cutter);
        for (char c : "before -----BEGIN\nkey-body\n-----END after\n".toCharArray()) {
            stream.write(String.valueOf(c));
        }
        stream.finish();
        assertEquals(List.of("before *** after"), lines);
    }

    @Test
    void aLongRunAfterASchemeIsPassedOnUnchanged() {
        String run = "http://" + "h".repeat(MaskingStream.MAX_USER_INFO + 10) + " @x";
        assertEquals(run, masker.mask(run));
        assertEquals("a://***@b and c://d/e@f", masker.mask("a://u:p@b and c://d/e@f"));
    }
}
