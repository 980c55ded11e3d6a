package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real container engine for tests: {@code DOCKER_HOST} from the environment (absent: skipped, or failed when
 * {@code CI=true}), and the docker CLI to set up and cross-check what the code under test did.
 */
final class EngineEnvironment {

    private EngineEnvironment() {
    }

    /** The engine under test, or the test is skipped (failed on CI) when none is configured. */
    static DockerApiEngine engine() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but DOCKER_HOST is not set: eval \"$(../shared/tools/container-engine.sh start)\"");
            }
            Assumptions.abort("DOCKER_HOST is not set; start the engine with ../shared/tools/container-engine.sh");
        }
        return DockerApiEngine.fromEnvironment(Map.of("DOCKER_HOST", host));
    }

    /** A name no other test run uses: synckit-test-{what}-{random}. */
    static String uniqueName(String what) {
        return "synckit-test-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs the docker CLI; fails the test when it fails. Answers its stdout, stripped. */
    static String docker(String... args) {
        Result result = dockerMayFail(args);
        if (result.exitCode() != 0) {
            fail("docker " + String.join(" ", args) + " failed (" + result.exitCode() + "): " + result.stderr());
        }
        return result.stdout().strip();
    }

    static Result dockerMayFail(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        try {
            Path stdout = Files.createTempFile("docker-out", ".txt");
            Path stderr = Files.createTempFile("docker-err", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile()).start();
                if (!process.waitFor(Duration.ofSeconds(120).toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("docker " + String.join(" ", args) + " did not finish in 120 s");
                }
                return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run the docker CLI", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running the docker CLI", e);
        }
    }

    /** {@code docker inspect} of one object, as JSON. */
    static JsonNode inspect(String kind, String name) {
        try {
            JsonNode all = WireJson.mapper().readTree(docker(kind, "inspect", name));
            assertEquals(1, all.size(), "docker " + kind + " inspect " + name);
            return all.get(0);
        } catch (IOException e) {
            throw new AssertionError("docker inspect gave no JSON", e);
        }
    }

    /** Removes containers, images, volumes or networks the test made, whether or not they exist. */
    static void removeQuietly(String kind, String... names) {
        if (names.length > 0) {
            List<String> args = new ArrayList<>(List.of(kind, "rm", "-f"));
            args.addAll(List.of(names));
            dockerMayFail(args.toArray(String[]::new));
        }
    }

    /**
     * A build context holding a static busybox and {@code dockerfile}: images FROM scratch, as no registry is
     * reachable here.
     */
    static Path busyboxContext(Path dir, String dockerfile) throws IOException {
        Files.createDirectories(dir);
        Path busybox = Path.of("/bin/busybox");
        Assumptions.assumeTrue(Files.isExecutable(busybox) || "true".equals(System.getenv("CI")),
                "no static /bin/busybox (package busybox-static)");
        Files.copy(busybox, dir.resolve("busybox"));
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        return dir;
    }

    record Result(int exitCode, String stdout, String stderr) {
    }
}
