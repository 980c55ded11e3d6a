package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void printsAsStarsAndRevealsOnlyOnRequest() {
        var secret = Secret.of("s3cr3t-value");
        assertEquals("****", secret.toString());
        assertEquals("s3cr3t-value", secret.reveal());
        assertFalse(secret.isEmpty());
    }

    @Test
    void emptyPrintsAsEmpty() {
        assertEquals("(empty)", Secret.of("").toString());
        assertEquals("(empty)", Secret.of(null).toString());
        assertTrue(Secret.of(null).isEmpty());
        assertSame(Secret.empty(), Secret.of(""));
    }

    @Test
    void matchesOnlyTheSameValue() {
        var secret = Secret.of("s3cr3t-value");
        assertTrue(secret.matches("s3cr3t-value"));
        assertFalse(secret.matches("s3cr3t-valuE"));
        assertFalse(secret.matches("s3cr3t-value "));
        assertFalse(secret.matches(""));
        assertFalse(secret.matches(null));
    }

    @Test
    void emptySecretMatchesNothingNotEvenTheEmptyString() {
        assertFalse(Secret.empty().matches(""));
        assertFalse(Secret.empty().matches("anything"));
    }

    @Test
    void equalByValue() {
        assertEquals(Secret.of("a"), Secret.of("a"));
        assertEquals(Secret.of("a").hashCode(), Secret.of("a").hashCode());
        assertNotEquals(Secret.of("a"), Secret.of("b"));
        assertNotEquals(Secret.of("a"), Secret.empty());
    }
}
