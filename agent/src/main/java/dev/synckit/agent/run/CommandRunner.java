package dev.synckit.agent.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one command with stdout and stderr interleaved in arrival order, line by line, under a timeout. On timeout
 * or interruption (a cancelled deployment) the whole process tree is killed.
 */
public final class CommandRunner {

    /** Longer lines are cut into pieces of this size; a line without a newline cannot grow the heap forever. */
    static final int MAX_LINE = 8192;
    private static final Duration READER_DRAIN = Duration.ofSeconds(2);

    private final ProcessTree tree;

    public CommandRunner(Duration killGrace) {
        this.tree = new ProcessTree(killGrace);
    }

    /** How a command ended. */
    public record Result(int exitCode, boolean timedOut) {
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    public Result run(List<String> command, Path dir, Map<String, String> extraEnv, Duration timeout,
                      Consumer<String> lines) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(ProcessTree.isolated(command)).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().putAll(extraEnv);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        Thread reader = Thread.ofVirtual().name("output-" + process.pid())
                .start(() -> pump(process.getInputStream(), lines));
        try {
            boolean exited = process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            if (!exited) {
                tree.kill(process);
                drain(reader, process);
                return new Result(-1, true);
            }
            drain(reader, process);
            return new Result(process.exitValue(), false);
        } catch (InterruptedException e) {
            tree.kill(process);
            drain(reader, process);
            throw e;
        }
    }

    /** Lets the reader finish what is buffered; a background child still holding the pipe does not block us. */
    private static void drain(Thread reader, Process process) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!reader.join(READER_DRAIN)) {
                process.getInputStream().close();
                reader.join(READER_DRAIN);
            }
        } catch (IOException | InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pump(InputStream stream, Consumer<String> lines) {
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            var line = new StringBuilder();
            char[] buffer = new char[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n' || line.length() >= MAX_LINE) {
                        emit(line, lines);
                        if (c == '\n') {
                            continue;
                        }
                    }
                    line.append(c);
                }
            }
            if (!line.isEmpty()) {
                emit(line, lines);
            }
        } catch (IOException e) {
            // the stream was closed under us after the process ended: what was read is already out
        }
    }

    private static void emit(StringBuilder line, Consumer<String> lines) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        lines.accept(line.substring(0, end));
        line.setLength(0);
    }
}
