package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.ConfigLoader;
import dev.synckit.store.testing.RequiredEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** deploy/service/install.sh into a temporary root: files, modes, generated secrets, idempotence, valid units. */
@Timeout(60)
class ServiceInstallScriptTest {

    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        String out = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static void install(Path root, Path jar) throws Exception {
        var script = DEPLOY.resolve("service/install.sh").toString();
        assertEquals("installed synckit under " + root + "\n",
                run("sh", script, "--root", root.toString(), "--jar", jar.toString()));
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void installsEverythingWithTightModesAndNeverOverwritesConfigOrSecrets() throws Exception {
        Path jar = Files.writeString(tmp.resolve("synckit.jar"), "jar bytes");
        Path root = tmp.resolve("root");
        install(root, jar);

        assertEquals("jar bytes", Files.readString(root.resolve("opt/synckit/synckit.jar")));
        assertEquals("rw-r--r--", mode(root.resolve("opt/synckit/synckit.jar")));
        Path launcher = root.resolve("opt/synckit/synckit");
        assertEquals(Files.readString(DEPLOY.resolve("lib/launcher.sh")), Files.readString(launcher));
        assertEquals("rwxr-xr-x", mode(launcher));
        String unit = Files.readString(root.resolve("etc/systemd/system/synckit.service"));
        assertTrue(unit.contains("\nEnvironment=SYNCKIT_AOT_CACHE=/var/lib/synckit/synckit.aot\n"
                + "ExecStart=/opt/synckit/synckit\n"), "the launcher, its cache where the unit may write: " + unit);
        assertTrue(unit.contains("\nProtectSystem=strict\n") && unit.contains("\nRestart=on-failure\n")
                && unit.contains("\nKillSignal=SIGTERM\n") && unit.contains("\nTimeoutStopSec=30\n"), unit);
        assertEquals("rwxr-xr-x", mode(root.resolve("etc/synckit")), "shared with the agent's files");
        Path config = root.resolve("etc/synckit/synckit.yaml");
        assertEquals("rw-r-----", mode(config));
        Path env = root.resolve("etc/synckit/synckit.env");
        assertEquals("rw-------", mode(env));
        String envText = Files.readString(env);
        assertTrue(envText.matches("(?s).*\nSYNCKIT_EVENT_SECRET=[0-9a-f]{64}\nSYNCKIT_API_TOKEN=[0-9a-f]{64}\n"),
                envText);
        assertTrue(envText.contains("\nSYNCKIT_PLAYGROUND=false\n"), "a server runs no playground: " + envText);
        assertEquals("rwxr-x---", mode(root.resolve("var/lib/synckit")));

        Files.writeString(config, "name: mine\n");
        Files.writeString(jar, "new jar");
        byte[] envBefore = Files.readAllBytes(env);
        install(root, jar);
        assertArrayEquals(envBefore, Files.readAllBytes(env), "the secrets are generated once");
        assertEquals("name: mine\n", Files.readString(config), "an edited config is kept");
        assertEquals("new jar", Files.readString(root.resolve("opt/synckit/synckit.jar")));
    }

    @Test
    void anUnknownArgumentOrAMissingJarStopsBeforeWritingAnything() throws Exception {
        Path root = tmp.resolve("root");
        var script = DEPLOY.resolve("service/install.sh").toString();
        for (var args : List.of(List.of("--bogus"), List.of("--jar", tmp.resolve("none.jar").toString()))) {
            var command = new ArrayList<>(List.of("sh", script, "--root", root.toString()));
            command.addAll(args);
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertTrue(process.exitValue() != 0, args.toString());
        }
        assertTrue(Files.notExists(root));
    }

    @Test
    void theSampleConfigLoadsAndPutsTheDataWhereTheUnitLetsItWrite() {
        var settings = ConfigLoader.load(Optional.of(DEPLOY.resolve("service/synckit.sample.yaml")), Map.of());
        assertEquals(Path.of("/var/lib/synckit"), settings.store().dataDir());
    }

    /** Installed into a root, with the units' paths under /opt/synckit pointed into it: the launchers they start exist. */
    @Test
    void bothUnitsPassSystemdAnalyzeVerify() throws Exception {
        var analyze = RequiredEnvironment.requireCommand("systemd-analyze", "apt-get install systemd");
        Path jar = Files.writeString(tmp.resolve("any.jar"), "jar bytes");
        Path root = tmp.resolve("root");
        install(root, jar);
        run("sh", DEPLOY.resolve("agent/install.sh").toString(), "--root", root.toString(), "--jar", jar.toString());
        Path units = Files.createDirectories(tmp.resolve("units"));
        for (var name : List.of("synckit.service", "synckit-agent.service")) {
            Path unit = units.resolve(name);
            Files.writeString(unit, Files.readString(root.resolve("etc/systemd/system").resolve(name))
                    .replace("/opt/synckit/", root.resolve("opt/synckit") + "/"));
            var process = new ProcessBuilder(analyze.toString(), "verify", unit.toString())
                    .redirectErrorStream(true).start();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals("", new String(process.getInputStream().readAllBytes()), name);
            assertEquals(0, process.exitValue(), name);
        }
    }
}
