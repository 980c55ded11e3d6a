package dev.synckit.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** deploy/agent/install.sh into a temporary root: files, modes, a generated secret, and idempotence. */
@Timeout(30)
class InstallScriptTest {

    private static final Path SCRIPT = Path.of("..", "deploy", "agent", "install.sh").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private String install(Path root, Path jar) throws Exception {
        var process = new ProcessBuilder("sh", SCRIPT.toString(), "--root", root.toString(), "--jar", jar.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    @Test
    void installsEverythingWithTightModesAndNeverOverwritesConfigOrSecret() throws Exception {
        Path jar = Files.writeString(tmp.resolve("agent.jar"), "jar bytes");
        Path root = tmp.resolve("root");
        install(root, jar);

        assertEquals("jar bytes", Files.readString(root.resolve("opt/synckit/synckit-agent.jar")));
        Path launcher = root.resolve("opt/synckit/synckit-agent");
        assertEquals(Files.readString(SCRIPT.getParent().resolve("../lib/launcher.sh")), Files.readString(launcher));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(launcher)));
        String unit = Files.readString(root.resolve("etc/systemd/system/synckit-agent.service"));
        assertTrue(unit.contains("ProtectSystem=strict"));
        assertTrue(unit.contains("\nEnvironment=DEPLOY_AGENT_AOT_CACHE=/var/lib/synckit-agent/synckit-agent.aot\n"
                + "ExecStart=/opt/synckit/synckit-agent\n"), "the launcher, its cache where the unit may write: " + unit);
        Path env = root.resolve("etc/synckit/deploy-agent.env");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        String envText = Files.readString(env);
        assertTrue(envText.matches("(?s)DEPLOY_AGENT_SECRET=[0-9a-f]{64}\n.*"), envText);
        Path config = root.resolve("etc/synckit/deploy-agent.yaml");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(root.resolve("var/lib/synckit-agent"))));

        Files.writeString(config, "name: mine\n");
        Files.writeString(jar, "new jar");
        byte[] envBefore = Files.readAllBytes(env);
        install(root, jar);
        assertArrayEquals(envBefore, Files.readAllBytes(env), "the secret is generated once");
        assertEquals("name: mine\n", Files.readString(config), "an edited config is kept");
        assertEquals("new jar", Files.readString(root.resolve("opt/synckit/synckit-agent.jar")));
    }

    @Test
    void theSampleConfigLoads() throws Exception {
        var config = new dev.synckit.agent.pipeline.ConfigLoader()
                .load(SCRIPT.getParent().resolve("deploy-agent.sample.yaml"));
        assertEquals("app", config.pipelines().getFirst().name());
    }
}
