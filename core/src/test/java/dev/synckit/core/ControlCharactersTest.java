package dev.synckit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void everyC0AndC1ControlAndTheLineSeparatorsAreControlCharacters() {
        for (char c = 0; c < 0x20; c++) {
            assertTrue(ControlCharacters.in("a" + c + "b"), "U+" + Integer.toHexString(c));
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertTrue(ControlCharacters.in("a" + c), "U+" + Integer.toHexString(c));
        }
        assertTrue(ControlCharacters.in("a\u2028b"));
        assertTrue(ControlCharacters.in("\u2029"));
    }

    @Test
    void printableTextOfAnyScriptIsNot() {
        assertFalse(ControlCharacters.in("com.auxbrain.egginc 1.34 — Zoë 📦 ¡hola!"));
        assertFalse(ControlCharacters.in(""));
        assertFalse(ControlCharacters.in(null));
    }

    @Test
    void theFirstFieldHoldingOneIsNamed() {
        assertEquals(Optional.of("version"), ControlCharacters.firstField("package", "p", "version", "1\n2",
                "reason", "\u0000"));
        assertEquals(Optional.empty(), ControlCharacters.firstField("package", "p", "reason", null));
    }
}
