package dev.synckit.testkit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.testkit.guild.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Codes expire after ten minutes, as Discord's do, whatever else is right about the exchange. */
class OAuthGrantsTest {

    private Instant now = Instant.parse("2026-05-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    @Test
    void aCodeOlderThanTenMinutesIsNoLongerRedeemed() {
        var alice = new Member(1, "alice", List.of(), false, now);
        var grants = new OAuthGrants(alice, clock);
        var fresh = grants.grant(alice, "http://x/cb", List.of("identify"), Optional.empty());
        var stale = grants.grant(alice, "http://x/cb", List.of("identify"), Optional.empty());

        assertTrue(grants.redeem(fresh).isPresent());
        now = now.plus(OAuthGrants.CODE_LIFETIME);
        assertEquals(Optional.empty(), grants.redeem(stale));
    }
}
