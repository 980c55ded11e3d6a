package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up summary says whether the playground will run, by the same rule the start applies. */
class DiscordSummaryTest {

    @Test
    void withoutATokenThePlaygroundRunsOnlyWhenNoTargetIsConfigured() {
        var nothing = ConfigLoader.load(Optional.empty(), Map.of()).describe();
        assertTrue(nothing.contains("  discord: playground (no token),"), nothing);

        var agent = ConfigLoader.load(Optional.empty(), Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777",
                "DEPLOY_AGENT_SECRET", "s")).describe();
        assertTrue(agent.contains("  discord: off (no token, targets configured),"), agent);

        var off = ConfigLoader.load(Optional.empty(), Map.of("SYNCKIT_PLAYGROUND", "false")).describe();
        assertTrue(off.contains("  discord: off (no token, playground off),"), off);
    }
}
