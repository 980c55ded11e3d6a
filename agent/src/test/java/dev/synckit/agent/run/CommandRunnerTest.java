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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: interleaved output, and a timeout that leaves no process of the tree behind. */
@Timeout(30)
class CommandRunnerTest {

    @TempDir
    Path tmp;

    private final CommandRunner runner = new CommandRunner(Duration.ofSeconds(2));

    @Test
    void timeoutKillsTheShellItsSleepAndAGrandchildThatIgnoresTerm() throws Exception {
        Path pids = tmp.resolve("pids");
        String script = "sleep 300 & echo $! >> " + pids + "; "
                + "sh -c 'trap \"\" TERM; sleep 301' & echo $! >> " + pids + "; echo started; wait";
        var lines = new ArrayList<String>();
        var result = runner.run(List.of("sh", "-c", script), tmp, Map.of(), Duration.ofSeconds(1), lines::add);

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
        var result = runner.run(List.of("sh", "-c", "echo one; echo two >&2; echo three; exit 4"), tmp, Map.of(),
                Duration.ofSeconds(10), lines::add);
        assertEquals(new CommandRunner.Result(4, false), result);
        assertEquals(List.of("one", "two", "three"), lines);
    }

    @Test
    void anEndlessLineIsCutIntoBoundedPieces() throws Exception {
        var lines = new ArrayList<String>();
        runner.run(List.of("sh", "-c", "head -c 20000 /dev/zero | tr '\\0' x"), tmp, Map.of(), Duration.ofSeconds(10),
                lines::add);
        assertEquals(List.of(CommandRunner.MAX_LINE, CommandRunner.MAX_LINE, 20000 - 2 * CommandRunner.MAX_LINE),
                lines.stream().map(String::length).toList());
    }
}
