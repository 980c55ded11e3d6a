package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.TestService;
import dev.synckit.app.playground.PlaygroundMode;
import dev.synckit.config.AppProfile;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's {@code targets.default} with no Discord token, as the standalone service starts it (playground asked
 * for): the target stays the operator's agent, which is down, so its deployment fails saying so; no demo agent
 * deploys in its place and "succeeds".
 */
class ConfiguredTargetWithoutTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredDefaultStaysTheOperatorsAgentEvenWhenItIsDown() throws Exception {
        var deadAgent = deadPort();
        var profile = AppProfile.builder().dataDir(dataDir).extension(new PlaygroundMode());
        try (var service = TestService.start(profile, List.of(TargetSettings.of(TargetSettings.DEFAULT_NAME,
                URI.create("http://127.0.0.1:" + deadAgent), Secret.of("operator-agent-secret"))))) {
            var api = new ServiceClient(service.port());

            var deployment = api.awaitEnd(api.request(TargetSettings.DEFAULT_NAME, ""));

            assertEquals("failed", deployment.path("status").asText(), deployment.toString());
            assertTrue(deployment.path("error").asText().contains("127.0.0.1:" + deadAgent),
                    "the error names the configured agent: " + deployment);
            assertEquals(404, api.send("GET", "/playground", null).statusCode(), "no playground page");
            assertFalse(Files.exists(dataDir.resolve("playground")), "no demo repository or agent made");
        }
    }

    /** A loopback port nothing listens on (bound, then freed). */
    private static int deadPort() throws Exception {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
