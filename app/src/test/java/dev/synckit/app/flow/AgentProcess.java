package dev.synckit.app.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The real deploy agent, {@code java -jar agent/target/synckit-agent.jar}, as a process of its own. */
final class AgentProcess implements AutoCloseable {

    static final Path JAR = Path.of("..", "agent", "target", "synckit-agent.jar").toAbsolutePath().normalize();
    static final String SECRET = "flow-agent-secret";
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private AgentProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the agent with {@code yaml} as its deploy-agent.yaml, in {@code dir}, on a free port. */
    static AgentProcess start(Path dir, String yaml) throws IOException, InterruptedException {
        return start(dir, yaml, 0);
    }

    /** Starts the agent on {@code port} (0: a free one). */
    static AgentProcess start(Path dir, String yaml, int port) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        var config = Files.writeString(dir.resolve("deploy-agent.yaml"), yaml);
        var log = dir.resolve("agent.log");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx64m", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DEPLOY_AGENT_"));
        builder.environment().putAll(Map.of("DEPLOY_AGENT_SECRET", SECRET, "DEPLOY_AGENT_PORT", Integer.toString(port),
                "DEPLOY_AGENT_CONFIG", config.toString(), "DEPLOY_AGENT_DATA_DIR", dir.resolve("data").toString()));
        var process = builder.start();
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return new AgentProcess(process, log, Integer.parseInt(matcher.group(1)));
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the agent did not start:\n" + Files.readString(log));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: the agent dies as a crashed host would, without a word. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
