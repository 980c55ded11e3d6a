package dev.synckit.agent.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a command as the leader of its own session ({@code setsid}), so that the whole tree it spawns, even
 * children that outlive their parent, can be found and killed: TERM to the group and every descendant, then
 * KILL after a grace period.
 */
final class ProcessTree {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    /** Looked up once: the system does not gain or lose setsid while the agent runs. */
    private static final boolean ISOLATES = Files.isExecutable(SETSID);
    private static final Path PROC = Path.of("/proc");
    private static final Duration SIGNAL_TIMEOUT = Duration.ofSeconds(2);

    private final Duration grace;

    ProcessTree(Duration grace) {
        this.grace = grace;
    }

    /** Whether commands start as leaders of their own process group, whose id is then their pid. */
    static boolean isolates() {
        return ISOLATES;
    }

    /** The command line to start, behind {@code setsid} when the system has it. */
    static List<String> isolated(List<String> command) {
        if (!isolates()) {
            return command;
        }
        var wrapped = new ArrayList<String>(command.size() + 1);
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /** Kills the process and everything below it; returns when they are gone or the grace has run out twice. */
    void kill(Process process) throws InterruptedException {
        var tree = new ArrayList<ProcessHandle>();
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        signalGroup("TERM", process.pid());
        tree.forEach(ProcessHandle::destroy);
        if (awaitGone(tree, grace)) {
            return;
        }
        process.descendants().forEach(tree::add);
        signalGroup("KILL", process.pid());
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!awaitGone(tree, grace)) {
            LOG.warn("process tree of pid {} survived SIGKILL", process.pid());
        }
    }

    /**
     * Ends the {@code members} of a group that no {@link Process} of ours stands for any more (its agent was
     * killed): TERM to the group, then KILL after the grace.
     */
    void killGroup(long pgid, List<ProcessHandle> members) throws InterruptedException {
        signalGroup("TERM", pgid);
        if (!awaitGone(members, grace)) {
            signalGroup("KILL", pgid);
            if (!awaitGone(group(pgid), grace)) {
                LOG.warn("process group {} survived SIGKILL", pgid);
            }
        }
    }

    /** The live processes of a process group, from {@code /proc}; empty where there is none. */
    static List<ProcessHandle> group(long pgid) {
        return members(pgid, pid -> true);
    }

    /**
     * The processes of a group started after its leader, cheap enough to ask after every command: they have
     * higher pids (unless the pid counter wrapped meanwhile), so only those entries of {@code /proc} are read.
     */
    static List<ProcessHandle> laterMembers(long pgid) {
        return members(pgid, pid -> pid > pgid);
    }

    private static List<ProcessHandle> members(long pgid, LongPredicate worthReading) {
        var members = new ArrayList<ProcessHandle>();
        try (var entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    long pid = Long.parseLong(name);
                    if (worthReading.test(pid) && groupOf(pid) == pgid) {
                        ProcessHandle.of(pid).ifPresent(members::add);
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", PROC, e.getMessage());
        }
        return members;
    }

    /** {@code sleep pid 1240} for each process, as the output and the log name them. */
    static List<String> describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.info().command().map(c -> Path.of(c).getFileName() + " pid " + p.pid())
                .orElse("pid " + p.pid())).toList();
    }

    /** The fifth field of {@code /proc/<pid>/stat}; the second, the command, is in parentheses and may hold spaces. */
    private static long groupOf(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean awaitGone(List<ProcessHandle> tree, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (var handle : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    return tree.stream().noneMatch(ProcessHandle::isAlive);
                }
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.debug("waiting for pid {}: {}", handle.pid(), e.getMessage());
            }
        }
        return true;
    }

    /** A session leader's pid is its group id; a negative pid signals the whole group (setsid children too). */
    private static void signalGroup(String signal, long pgid) throws InterruptedException {
        if (!isolates()) {
            return;
        }
        try {
            var kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(SIGNAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            LOG.debug("kill -{} -{}: {}", signal, pgid, e.getMessage());
        }
    }
}
