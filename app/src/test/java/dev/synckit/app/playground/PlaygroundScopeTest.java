package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.AppProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the playground starts: asked for, no token, not turned off, and on a loopback address only (its page has no
 * login).
 */
class PlaygroundScopeTest {

    @TempDir
    Path dataDir;

    @Test
    void notOnAnAddressOthersReachNorWithATokenNorUnasked() {
        var everywhere = AppProfile.builder().dataDir(dataDir).httpHost("0.0.0.0").extension(new PlaygroundMode());
        assertTrue(Playground.startIfAsked(everywhere.build()).isEmpty(), "a server binding every interface");
        var token = AppProfile.builder().dataDir(dataDir).discordToken("a-token").extension(new PlaygroundMode());
        assertTrue(Playground.startIfAsked(token.build()).isEmpty(), "a real bot");
        assertTrue(Playground.startIfAsked(AppProfile.builder().dataDir(dataDir).build()).isEmpty(), "not asked");
        var off = AppProfile.builder().dataDir(dataDir).environment(java.util.Map.of("SYNCKIT_PLAYGROUND", "false"))
                .extension(new PlaygroundMode());
        assertTrue(Playground.startIfAsked(off.build()).isEmpty(), "turned off by its operator");
        assertEquals(false, Files.exists(dataDir.resolve("playground")), "nothing made");
    }

    @Test
    void onLoopbackByNameItStarts() {
        var local = AppProfile.builder().dataDir(dataDir).httpHost("localhost").httpPort(0)
                .extension(new PlaygroundMode()).build();
        try (var playground = Playground.startIfAsked(local).orElseThrow()) {
            assertTrue(Files.isDirectory(dataDir.resolve("playground").resolve("upstream.git")));
        }
    }
}
