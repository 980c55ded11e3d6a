package dev.synckit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The service as an operator runs it ({@code java -jar} or its launcher): its own process, working directory and log. */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "synckit.jar").toAbsolutePath();
    public static final Path LAUNCHER = Path.of("target", "synckit").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path dir;

    private ServiceProcess(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    /** Starts the service in {@code dir} with only {@code env} of synckit's variables set. */
    public static ServiceProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
        return start(dir, env, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()), args);
    }

    /** Starts the service through its launcher (with the JDK running the test as its JAVA_HOME) in {@code dir}. */
    public static ServiceProcess startLauncher(Path dir, Map<String, String> env, String... args) throws IOException {
        var withJava = new HashMap<>(env);
        withJava.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return start(dir, withJava, List.of(LAUNCHER.toString()), args);
    }

    private static ServiceProcess start(Path dir, Map<String, String> env, List<String> program, String... args)
            throws IOException {
        Files.createDirectories(dir);
        var command = new ArrayList<>(program);
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .redirectError(dir.resolve("stderr.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SYNCKIT_") || name.startsWith("DISCORD_")
                || name.startsWith("DEPLOY_AGENT_") || name.equals("JAVA_OPTS"));
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
