package dev.synckit.agent.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: interleaved output, and a timeout that leaves no process of the tree behind. */
@Timeout(30)
class CommandRunnerTest {

    @TempDir
    Path tmp;

    private CommandRunner runner;

    @BeforeEach
    void runner() throws Exception {
        runner = runner(new Masker(null, Map.of()));
    }

    private CommandRunner runner(Masker masker) throws Exception {
        return new CommandRunner(Duration.ofSeconds(2), masker, new ProcessGroups(tmp.resolve("agent")));
    }

    @Test
    void timeoutKillsTheShellItsSleepAndAGrandchildThatIgnoresTerm() throws Exception {
        Path pids = tmp.resolve("pids");
        String script = "sleep 300 & echo $! >> " + pids + "; "
                + "sh -c 'trap \"\" TERM; sleep 301' & echo $! >> " + pids + "; echo started; wait";
        var lines = new ArrayList<String>();
        var result = runner.run(null, List.of("sh", "-c", script), tmp, Map.of(), Duration.ofSeconds(1), lines::add);

        assertTrue(result.timedOut());
        assertEquals(List.of("started"), lines);
        for (String pid : Files.readAllLines(pids)) {
            var handle = ProcessHandle.of(Long.parseLong(pid));
            assertFalse(handle.map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " survived");
        }
    }

    @Test
    void stdoutAndStderrArriveInterleavedInOrder() throws Exception {
        var lines = new ArrayList<String>();
        var result = runner.run(null, List.of("sh", "-c", "echo one; echo two >&2; echo three; exit 4"), tmp, Map.of(),
                Duration.ofSeconds(10), lines::add);
        assertEquals(new CommandRunner.Result(4, false), result);
        assertEquals(List.of("one", "two", "three"), lines);
    }

    @Test
    void anEndlessLineIsCutIntoBoundedPieces() throws Exception {
        var lines = new ArrayList<String>();
        runner.run(null, List.of("sh", "-c", "head -c 20000 /dev/zero | tr '\\0' x"), tmp, Map.of(),
                Duration.ofSeconds(10), lines::add);
        assertEquals(List.of(CommandRunner.MAX_LINE, CommandRunner.MAX_LINE, 20000 - 2 * CommandRunner.MAX_LINE),
                lines.stream().map(String::length).toList());
    }

    @Test
    void aFourHundredKilobyteLineComesThroughWholeInPiecesAndTheNextLineToo() throws Exception {
        var lines = new ArrayList<String>();
        var result = runner.run(null, List.of("sh", "-c", "head -c 400000 /dev/zero | tr '\\0' x; echo; echo after"),
                tmp, Map.of(), Duration.ofSeconds(20), lines::add);
        assertTrue(result.succeeded());
        assertEquals("after", lines.getLast());
        var pieces = lines.subList(0, lines.size() - 1);
        assertEquals("x".repeat(400_000), String.join("", pieces));
        assertTrue(pieces.stream().allMatch(p -> p.length() <= CommandRunner.MAX_LINE));
    }

    @Test
    void aSecretPrintedAcrossThePieceCutIsMaskedWhole() throws Exception {
        String token = "tok-0123456789abcdef";
        var masking = runner(new Masker(null, Map.of("MY_TOKEN", token)));
        String script = "for k in $(seq 8170 8195); do head -c $k /dev/zero | tr '\\0' x; echo \"$MY_TOKEN\"; done";
        var lines = new ArrayList<String>();
        masking.run(null, List.of("sh", "-c", script), tmp, Map.of("MY_TOKEN", token), Duration.ofSeconds(20),
                lines::add);
        String joined = String.join("", lines);
        assertFalse(joined.contains(token), "a piece cut left the token whole across two lines");
        var expected = new StringBuilder();
        for (int k = 8170; k <= 8195; k++) {
            expected.append("x".repeat(k)).append("***");
        }
        assertEquals(expected.toString(), joined);
    }

    @Test
    void aProcessLeftRunningWithTheOutputIsNamedAndNotWaitedFor() throws Exception {
        var lines = new ArrayList<String>();
        // the JDK may close the pipe as the shell exits, or the sleep keeps it open and silent: the same line says so.
        // The shell waits until its child is the sleep (until then the forked child is still named as the shell).
        var script = "sleep 8 & pid=$!; while [ \"$(cat /proc/$pid/comm)\" != sleep ]; do :; done; echo $pid";
        var result = runner.run(null, List.of("sh", "-c", script), tmp, Map.of(), Duration.ofSeconds(15), lines::add);
        assertTrue(result.succeeded());
        assertEquals(List.of(lines.getFirst(), "(the command ended, but processes it started still run (sleep pid "
                + lines.getFirst() + "): what they write to this output from now on is not kept)"), lines);
        ProcessHandle.of(Long.parseLong(lines.getFirst())).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void aRunningCommandsProcessGroupIsNotedOnDiskUnderItsDeploymentUntilItEnds() throws Exception {
        Path groups = tmp.resolve("agent").resolve("process-groups");
        var seen = new ArrayList<String>();
        var result = runner.run("deployment-7", List.of("sh", "-c", "echo $$; ls " + groups), tmp, Map.of(),
                Duration.ofSeconds(10), seen::add);
        assertTrue(result.succeeded());
        assertEquals(List.of(seen.getFirst(), seen.getFirst() + ".group"), seen, "its own group, noted while it ran");
        assertEquals(List.of(), Files.list(groups).toList(), "forgotten once it ended");
    }
}
