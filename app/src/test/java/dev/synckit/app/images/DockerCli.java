package dev.synckit.app.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code docker} CLI on the engine {@code DOCKER_HOST} names; every call has a timeout and is killed after it. */
final class DockerCli {

    /** What a call left: its exit code, its standard output and its standard error, each whole. */
    record Result(int exitCode, String stdout, String stderr) {
        String out() {
            return stdout.strip();
        }
    }

    private final Path scratch;

    DockerCli(Path scratch) {
        this.scratch = scratch;
    }

    Result run(Duration timeout, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        var stdout = Files.createTempFile(scratch, "docker", ".out");
        var stderr = Files.createTempFile(scratch, "docker", ".err");
        var process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("docker " + String.join(" ", args) + " did not finish within " + timeout
                    + ":\n" + Files.readString(stdout) + Files.readString(stderr));
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** Runs a call that must succeed; its trimmed standard output. */
    String ok(Duration timeout, String... args) throws IOException, InterruptedException {
        var result = run(timeout, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("docker " + String.join(" ", args) + " exited " + result.exitCode() + ":\n"
                    + result.stdout() + result.stderr());
        }
        return result.out();
    }

    /** Removes what a test made, by name (a container with its anonymous volumes); what is already gone is fine. */
    void remove(String kind, String name) throws IOException, InterruptedException {
        if (kind.equals("container")) {
            run(Duration.ofSeconds(60), kind, "rm", "-f", "-v", name);
        } else {
            run(Duration.ofSeconds(60), kind, "rm", "-f", name);
        }
    }
}
