package dev.synckit.agent.run;

import dev.synckit.contract.WireJson;
import dev.synckit.contract.agent.DeploymentState;
import dev.synckit.contract.agent.DeploymentStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each deployment's final state ({@code <id>.json}) and whole log ({@code <id>.log}) under
 * {@code <data dir>/deployments}, so a caller that died, or an agent that restarted, can still ask.
 */
public final class DeploymentStore {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentStore.class);

    private final Path dir;
    private final Map<String, DeploymentState> finished = new ConcurrentHashMap<>();

    public DeploymentStore(Path dataDir) throws IOException {
        this.dir = dataDir.resolve("deployments");
        Files.createDirectories(dir);
    }

    /**
     * Reads what earlier runs kept. A deployment the agent was running when it stopped can't be resumed: it is
     * kept as failed, saying so, and saying which of its processes were left over and ended ({@code leftovers}).
     */
    public void load(Instant now, List<ProcessGroups.Leftover> leftovers) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    var kept = WireJson.mapper().readValue(file.toFile(), DeploymentState.class);
                    var state = kept.status().isFinal() ? kept : interrupted(kept, now, leftovers.stream()
                            .filter(l -> kept.id().equals(l.deploymentId())).toList());
                    if (state != kept) {
                        save(state);
                    }
                    finished.put(state.id(), state);
                } catch (IOException e) {
                    LOG.warn("skipping unreadable deployment file {}: {}", file, e.getMessage());
                }
            }
        }
    }

    public Optional<DeploymentState> find(String id) {
        return Optional.ofNullable(finished.get(id));
    }

    /** Every kept deployment, for the request-id index. */
    public Iterable<DeploymentState> all() {
        return finished.values();
    }

    /** Writes the state atomically (a crash leaves the old file or the new one, never half of one). */
    public void save(DeploymentState state) {
        try {
            Path tmp = dir.resolve(state.id() + ".json.tmp");
            Files.write(tmp, WireJson.mapper().writeValueAsBytes(state));
            Files.move(tmp, dir.resolve(state.id() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            if (state.status().isFinal()) {
                finished.put(state.id(), state);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep deployment " + state.id(), e);
        }
    }

    /**
     * Removes the outcome and whole log of every finished deployment whose files were last written before
     * {@code cutoff}, and logs left without an outcome. A deployment still running keeps its files: its outcome
     * is not final yet. Answers how many deployments went.
     */
    public int removeFinishedBefore(Instant cutoff) throws IOException {
        var ids = new TreeSet<String>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json") || n.endsWith(".log"))
                    .forEach(n -> ids.add(n.substring(0, n.lastIndexOf('.'))));
        }
        int removed = 0;
        for (String id : ids) {
            Path outcome = dir.resolve(id + ".json");
            boolean running = Files.exists(outcome) && !finished.containsKey(id);
            if (running || writtenSince(outcome, cutoff) || writtenSince(logFile(id), cutoff)) {
                continue;
            }
            finished.remove(id);
            Files.deleteIfExists(outcome);
            Files.deleteIfExists(logFile(id));
            removed++;
        }
        return removed;
    }

    private static boolean writtenSince(Path file, Instant cutoff) throws IOException {
        try {
            return !Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    public Path logFile(String id) {
        return dir.resolve(id + ".log");
    }

    /** An appending line writer for the deployment's log; not interruptible, so a cancel cannot close it. */
    public LogWriter openLog(String id) throws IOException {
        return new LogWriter(new java.io.FileOutputStream(logFile(id).toFile(), true));
    }

    private DeploymentState interrupted(DeploymentState s, Instant now, List<ProcessGroups.Leftover> ended)
            throws IOException {
        String error = "the agent stopped while this deployment was "
                + s.status().name().toLowerCase(java.util.Locale.ROOT);
        if (!ended.isEmpty()) {
            error += "; when it started again it ended what the step had left running: "
                    + String.join(", ", ended.stream().map(ProcessGroups.Leftover::describe).toList());
            try (var log = openLog(s.id())) {
                log.line("== " + error);
            }
        }
        return new DeploymentState(s.id(), s.pipeline(), DeploymentStatus.FAILED, s.trigger(), s.ref(), s.requestId(),
                s.alreadyUpToDate(), s.fromHash(), s.toHash(), s.fromUrl(), s.toUrl(), s.steps(), error,
                s.createdAt(), s.startedAt(), now.toString());
    }

    /** Lines to a deployment's log file, flushed one by one so {@code GET .../log} shows a running deployment. */
    public static final class LogWriter implements AutoCloseable {
        private final OutputStream out;

        LogWriter(OutputStream out) {
            this.out = out;
        }

        public synchronized void line(String text) {
            try {
                out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                LOG.warn("cannot write deployment log: {}", e.getMessage());
            }
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }
}
