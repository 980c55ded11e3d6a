package dev.synckit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** {@code java -jar app/target/synckit.jar} as an operator runs it: its own process, working directory and log. */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "synckit.jar").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path dir;

    private ServiceProcess(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    /** Starts the service in {@code dir} with only {@code env} of synckit's variables set. */
    public static ServiceProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
        Files.createDirectories(dir);
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .redirectError(dir.resolve("stderr.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SYNCKIT_") || name.startsWith("DISCORD_")
                || name.startsWith("DEPLOY_AGENT_"));
        builder.environment().putAll(env);
        return new ServiceProcess(builder.start(), dir);
    }

    public String stdout() throws IOException {
        return Files.readString(dir.resolve("stdout.log"));
    }

    public String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr.log"));
    }

    /** The port it says it listens on, once it says so. */
    public int awaitPort() throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var matcher = LISTENING.matcher(stdout());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the service never said where it listens:\n" + stdout() + stderr());
    }

    public Process process() {
        return process;
    }

    /** SIGKILL: no shutdown hook, no goodbye — as when the container it runs in is recreated. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
