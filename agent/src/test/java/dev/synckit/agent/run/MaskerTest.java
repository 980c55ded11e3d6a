package dev.synckit.agent.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskerTest {

    private final Masker masker = new Masker("the-agent-secret", Map.of("DB_PASSWORD", "pa55word",
            "API_TOKEN", "tok", "PORTAINER_SECRET", "xyz-longer", "HOME", "/root"));

    @Test
    void hidesTheAgentSecretAndSecretNamedVariablesOfFourOrMoreCharacters() {
        assertEquals("*** *** *** tok /root",
                masker.mask("the-agent-secret pa55word xyz-longer tok /root"));
    }

    @Test
    void hidesUrlCredentials() {
        assertEquals("clone https://***@github.com/a/b.git and ssh://***@host:22/x and http://plain.example/",
                masker.mask("clone https://user:pw@github.com/a/b.git and ssh://git@host:22/x and http://plain.example/"));
    }

    @Test
    void boundedTailKeepsTwentyLinesAndAtMostFourThousandCharacters() {
        var tail = new BoundedTail();
        for (int i = 1; i <= 30; i++) {
            tail.add("line " + i);
        }
        assertEquals(20, tail.text().lines().count());
        assertTrue(tail.text().startsWith("line 11\n"));
        var wide = new BoundedTail();
        for (int i = 0; i < 20; i++) {
            wide.add("x".repeat(10_000));
        }
        assertTrue(wide.text().length() <= BoundedTail.TOTAL_CHARS, "was " + wide.text().length());
        assertTrue(wide.text().lines().allMatch(l -> l.length() <= BoundedTail.LINE_CHARS));
    }
}
