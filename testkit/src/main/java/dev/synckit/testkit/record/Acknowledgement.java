package dev.synckit.testkit.record;

import java.time.Instant;

/**
 * One attempt to acknowledge an interaction (a callback of any type), accepted or refused: Discord accepts the first
 * and refuses every later one with 400 code 40060, which is what two bot processes on one token run into.
 */
public record Acknowledgement(long interactionId, int type, boolean accepted, Instant at) {
}
