package dev.synckit.agent.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.AgentFixture;
import dev.synckit.agent.CallbackReceiver;
import dev.synckit.agent.GitFixture;
import dev.synckit.agent.pipeline.ConfigLoader;
import dev.synckit.agent.run.CommandRunner;
import dev.synckit.agent.run.GitRepository;
import dev.synckit.agent.run.Masker;
import dev.synckit.agent.run.ProcessGroups;
import dev.synckit.contract.agent.CallbackEventType;
import dev.synckit.contract.agent.DeploymentStatus;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher against a real upstream: deploys a new commit once, reports a failing revision once. */
@Timeout(60)
class UpstreamWatcherTest {

    @TempDir
    Path tmp;

    @Test
    void deploysANewCommitOnceAndReportsAFailureOnce() throws Exception {
        var git = new GitFixture(tmp);
        try (var receiver = new CallbackReceiver(AgentFixture.SECRET, 0)) {
            String yaml = "name: ledger\nrepo: " + git.clone() + "\nnotify_url: " + receiver.url()
                    + "\nwatch: { interval: 1h }\nsteps:\n  - git-pull\n  - shell: { run: 'echo deployed' }\n";
            try (var agent = new AgentFixture(yaml, tmp.resolve("data"))) {
                var pipeline = new ConfigLoader().parse(new StringReader(yaml), "x").pipelines().getFirst();
                var commands = new CommandRunner(Duration.ofSeconds(2), new Masker(null, Map.of()),
                        new ProcessGroups(tmp.resolve("watcher")));
                var watcher = new UpstreamWatcher(pipeline, new GitRepository(commands), agent.agent().queue());

                assertEquals(Optional.empty(), watcher.tick(), "silent while up to date");

                String second = git.push("second");
                var deployed = watcher.tick().orElseThrow();
                assertEquals(DeploymentStatus.SUCCEEDED, deployed.status());
                assertEquals("watch", deployed.trigger());
                assertEquals(second, git.cloneHead());
                assertEquals(Optional.empty(), watcher.tick(), "deployed once");
                var reported = receiver.awaitFinished(deployed.id());
                assertEquals("succeeded", reported.getLast().event().status());

                // a local edit makes the next fast-forward fail: the same revision must not be retried every tick
                Files.writeString(git.clone().resolve("file.txt"), "local edit\n");
                git.push("third");
                var failed = watcher.tick().orElseThrow();
                assertEquals(DeploymentStatus.FAILED, failed.status());
                assertEquals(Optional.empty(), watcher.tick());
                assertEquals(Optional.empty(), watcher.tick());
                assertEquals("failed", receiver.awaitFinished(failed.id()).getLast().event().status());
                long finishedEvents = receiver.accepted().stream()
                        .filter(r -> r.event().type() == CallbackEventType.FINISHED).count();
                assertEquals(2, finishedEvents, "one report per deployment, none for the ticks after the failure");
                assertTrue(failed.error().startsWith("step 1 (git-pull) failed: git pull failed"), failed.error());
            }
        }
    }
}
