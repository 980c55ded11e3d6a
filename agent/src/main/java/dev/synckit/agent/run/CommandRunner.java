package dev.synckit.agent.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one command with stdout and stderr interleaved in arrival order, line by line, under a timeout. On timeout
 * or interruption (a cancelled deployment) the whole process tree is killed. The output is masked as a stream
 * before it is cut into lines, so no cut can split a secret into two halves that each escape the mask.
 */
public final class CommandRunner {

    /** Longer lines are passed on in pieces of this size; a line without a newline cannot grow the heap forever. */
    static final int MAX_LINE = 8192;
    /** After the command ended, output that stops flowing for this long is not waited for any more. */
    static final Duration READER_IDLE = Duration.ofSeconds(2);

    private final ProcessTree tree;
    private final Masker masker;
    private final ProcessGroups groups;

    public CommandRunner(Duration killGrace, Masker masker, ProcessGroups groups) {
        this.tree = new ProcessTree(killGrace);
        this.masker = masker;
        this.groups = groups;
    }

    /** How a command ended. */
    public record Result(int exitCode, boolean timedOut) {
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    /**
     * Runs a command of a deployment ({@code deploymentId} null for none); while it runs its process group is noted
     * on disk under the deployment's id, so that an agent killed meanwhile ends it when it starts again.
     */
    public Result run(String deploymentId, List<String> command, Path dir, Map<String, String> extraEnv,
                      Duration timeout, Consumer<String> lines) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(ProcessTree.isolated(command)).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().putAll(extraEnv);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process = builder.start();
        boolean grouped = ProcessTree.isolates();
        if (grouped) {
            groups.started(process.pid(), deploymentId);
        }
        var output = new Output(masker, lines);
        Thread reader = Thread.ofVirtual().name("output-" + process.pid())
                .start(() -> pump(process.getInputStream(), output));
        try {
            boolean exited = process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            if (!exited) {
                tree.kill(process);
                finish(reader, process, output, deadline, false);
                return new Result(-1, true);
            }
            finish(reader, process, output, deadline, grouped);
            return new Result(process.exitValue(), false);
        } catch (InterruptedException e) {
            tree.kill(process);
            finish(reader, process, output, deadline, false);
            throw e;
        } finally {
            if (grouped) {
                groups.ended(process.pid());
            }
        }
    }

    /** How reading a command's output ended. */
    private enum Drained { WHOLE, IDLE, DEADLINE }

    /**
     * Reads the output to its end, then says what may be missing from it. A process the command started and left
     * running may keep the output open without writing (after {@link #READER_IDLE} of silence the runner stops
     * reading), or write to it after the JDK closed it at the command's exit; either way, what it writes from then
     * on is not kept, and the output ends with a line that says so.
     */
    private static void finish(Thread reader, Process process, Output output, long deadline, boolean grouped) {
        var drained = drain(reader, output, deadline);
        output.close();
        if (drained == Drained.DEADLINE) {
            output.say("(stopped reading the output at the step's timeout: a process the command started still"
                    + " writes to it; what it writes from now on is not kept)");
        } else {
            var survivors = grouped ? ProcessTree.describe(ProcessTree.laterMembers(process.pid()))
                    : List.<String>of();
            if (!survivors.isEmpty()) {
                output.say("(the command ended, but processes it started still run (" + String.join(", ", survivors)
                        + "): what they write to this output from now on is not kept)");
            } else if (drained == Drained.IDLE) {
                output.say("(stopped reading the output: the command ended, but a process it started holds the"
                        + " output open; what it writes from now on is not kept)");
            }
        }
        if (drained != Drained.WHOLE) {
            try {
                process.getInputStream().close();
            } catch (IOException e) {
                // the reader stays blocked until the last writer goes; nothing it reads is passed on
            }
        }
    }

    /** Waits for the reader while the output keeps coming, until the step's deadline at most. */
    private static Drained drain(Thread reader, Output output, long deadline) {
        boolean interrupted = Thread.interrupted();
        try {
            long seen = output.chars();
            while (!reader.join(READER_IDLE)) {
                long now = output.chars();
                if (now == seen) {
                    return Drained.IDLE;
                }
                if (System.nanoTime() - deadline > 0) {
                    return Drained.DEADLINE;
                }
                seen = now;
            }
            return Drained.WHOLE;
        } catch (InterruptedException e) {
            interrupted = true;
            return Drained.IDLE;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pump(InputStream stream, Output output) {
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                output.write(buffer, n);
            }
        } catch (IOException e) {
            // the stream was closed under us after the command ended; what was read is passed on below
        } finally {
            output.close();
        }
    }

    /**
     * A command's output on its way to lines: masked as one stream, then cut. Once closed (its end, or the runner
     * stopped reading) it passes nothing more, so a late writer cannot slip lines into whatever runs next.
     */
    private static final class Output {
        private final MaskingStream masking;
        private final LineCutter cutter;
        private final Consumer<String> lines;
        private long chars;
        private boolean closed;

        Output(Masker masker, Consumer<String> lines) {
            this.cutter = new LineCutter(MAX_LINE, lines);
            this.masking = masker.stream(cutter);
            this.lines = lines;
        }

        synchronized void write(char[] buffer, int length) {
            if (!closed) {
                masking.write(CharBuffer.wrap(buffer, 0, length));
                chars += length;
            }
        }

        synchronized long chars() {
            return chars;
        }

        /** Passes on what was held back; from now on nothing more is passed. */
        synchronized void close() {
            if (!closed) {
                closed = true;
                masking.finish();
                cutter.end();
            }
        }

        /** A line of the agent's own after the output was closed. */
        synchronized void say(String note) {
            lines.accept(note);
        }
    }
}
