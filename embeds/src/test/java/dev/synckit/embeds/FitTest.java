package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FitTest {

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }

    @Test
    void textThatFitsIsLeftAlone() {
        assertEquals("a\nb", Fit.tail("a\nb", 3));
        assertEquals("a\nb", Fit.head("a\nb", 3));
        assertEquals("abc", Fit.line("abc", 3));
    }

    @Test
    void lineEndsInAnEllipsis() {
        assertEquals("abcd…", Fit.line("abcdefgh", 5));
    }

    @Test
    void tailKeepsTheLastWholeLinesAndSaysHowManyWereCut() {
        var text = numbered(1, 100);
        // the marker's room is reserved for the widest count ("100 lines"), so 58 and not 57 keeps five lines
        assertEquals("… (95 lines cut)\n" + numbered(96, 100), Fit.tail(text, 58));
        assertEquals("… (96 lines cut)\n" + numbered(97, 100), Fit.tail(text, 57));
    }

    @Test
    void headKeepsTheFirstWholeLinesAndSaysHowManyWereCut() {
        assertEquals(numbered(1, 5) + "\n… (95 lines cut)", Fit.head(numbered(1, 100), 57));
    }

    @Test
    void aSingleHugeLastLineKeepsItsEnd() {
        var text = "first\n" + "x".repeat(5000) + "END";
        var cut = Fit.tail(text, 100);
        assertTrue(cut.length() <= 100 && cut.length() >= 95, cut);
        assertTrue(cut.startsWith("… (1 line cut)\n…"), cut);
        assertTrue(cut.endsWith("xEND"), cut);
    }

    @Test
    void oneLineWithoutNewlinesKeepsItsEnd() {
        assertEquals("…6789", Fit.tail("0123456789", 5));
    }

    @Test
    void codeBlockKeepsItsFencesAndBreaksFencesInside() {
        var output = "```\n" + numbered(1, 500) + "\n```\nlast line";
        var block = Fit.codeBlockTail(output, 200);
        assertTrue(block.length() <= 200, block);
        assertTrue(block.startsWith("```\n… ("), block);
        assertTrue(block.endsWith("\nlast line\n```"), block);
        assertEquals(2, block.split("```", -1).length - 1, "exactly the two outer fences: " + block);
    }

    @Test
    void noRunOfBackticksInsideCanCloseTheBlock() {
        assertEquals("```\na`\u200b`\u200b`\u200b`\u200b`b\n```", Fit.codeBlockTail("a`````b", 100));
    }

    @Test
    void emptyOutputStillMakesAValidCodeBlock() {
        assertEquals("```\n \n```", Fit.codeBlockTail("  \n", 100));
    }

    @Test
    void noCutEverSplitsASurrogatePair() {
        var emoji = "😀a🚀\n".repeat(50) + "🎉".repeat(40);
        for (int max = 1; max < emoji.length(); max++) {
            for (var cut : new String[] {Fit.line(emoji, max), Fit.head(emoji, max), Fit.tail(emoji, max)}) {
                assertTrue(cut.length() <= Math.max(max, 1), "max " + max + ": " + cut);
                assertFalse(brokenPair(cut), "max " + max + " split a pair: " + cut);
            }
        }
    }

    static boolean brokenPair(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
