package dev.synckit.agent.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process groups of the commands running now, one file each under {@code <data dir>/process-groups}. An agent
 * killed with SIGKILL cannot end them; when it starts again it ends what is left over, so that no step outlives
 * its agent. A file from before a reboot is dropped unread: its group died with the system, and its id may have
 * been given to another.
 */
public final class ProcessGroups {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessGroups.class);
    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");
    private static final String SUFFIX = ".group";

    private final Path dir;
    private final String boot;

    public ProcessGroups(Path dataDir) throws IOException {
        this.dir = dataDir.resolve("process-groups");
        Files.createDirectories(dir);
        this.boot = Files.isReadable(BOOT_ID) ? Files.readString(BOOT_ID).strip() : "";
    }

    /** A group that outlived the agent before this start, and what it held. */
    public record Leftover(long processGroup, String deploymentId, List<String> processes) {

        /** {@code process group 1234 (sh pid 1234, sleep pid 1240)}. */
        public String describe() {
            return "process group " + processGroup + " (" + String.join(", ", processes) + ")";
        }
    }

    /**
     * Notes a command's group, for the deployment that runs it (null when none does). A note that cannot be written
     * does not stop the command, which is already running: only the clean-up after a crash is lost, and the log
     * says so.
     */
    void started(long processGroup, String deploymentId) {
        try {
            Path tmp = dir.resolve(processGroup + SUFFIX + ".tmp");
            Files.writeString(tmp, boot + "\n" + (deploymentId == null ? "" : deploymentId) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(tmp, file(processGroup), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot note process group {}: an agent killed while it runs will not end it: {}", processGroup,
                    e.getMessage());
        }
    }

    /** The command is over and its output read: nothing of it is left to end. */
    void ended(long processGroup) {
        try {
            Files.deleteIfExists(file(processGroup));
        } catch (IOException e) {
            LOG.warn("cannot forget process group {}: {}", processGroup, e.getMessage());
        }
    }

    /** At start, before anything runs: ends every group an earlier run of the agent left behind. */
    public List<Leftover> endLeftovers(Duration killGrace) throws IOException, InterruptedException {
        var tree = new ProcessTree(killGrace);
        var ended = new ArrayList<Leftover>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        for (Path file : files) {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            long group = Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
            if (!lines.isEmpty() && lines.getFirst().equals(boot)) {
                var members = ProcessTree.group(group);
                if (!members.isEmpty()) {
                    var names = ProcessTree.describe(members);
                    tree.killGroup(group, members);
                    String deployment = lines.size() > 1 && !lines.get(1).isEmpty() ? lines.get(1) : null;
                    var leftover = new Leftover(group, deployment, names);
                    LOG.warn("ended {}, left running by the agent's previous run{}", leftover.describe(),
                            deployment == null ? "" : " for deployment " + deployment);
                    ended.add(leftover);
                }
            }
            Files.delete(file);
        }
        return ended;
    }

    private Path file(long processGroup) {
        return dir.resolve(processGroup + SUFFIX);
    }
}
