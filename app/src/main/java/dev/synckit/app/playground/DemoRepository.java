package dev.synckit.app.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real git project for the demo agent to deploy: a bare {@code upstream.git}, an {@code author} clone where the
 * playground commits new versions, and the {@code deploy} clone the agent pulls into. It outlives restarts, so
 * versions keep counting up; a half-made one (a start that died while creating it) is made again.
 */
final class DemoRepository {

    private static final Duration GIT_WAIT = Duration.ofSeconds(30);
    private static final String READY_MARK = ".ready";
    private static final List<String> IDENTITY = List.of("-c", "user.name=synckit playground",
            "-c", "user.email=playground@synckit.invalid", "-c", "commit.gpgsign=false");

    /** One commit of the demo project: the version it carries and its full hash. */
    record Release(String version, String commit) {
    }

    private final Path upstream;
    private final Path author;
    private final Path deploy;

    private DemoRepository(Path root) {
        this.upstream = root.resolve("upstream.git");
        this.author = root.resolve("author");
        this.deploy = root.resolve("deploy");
    }

    /**
     * The demo repository under {@code root}, created with its first version when absent.
     *
     * @throws IllegalStateException when git is not installed (the playground needs it), or a git command fails
     */
    static DemoRepository prepare(Path dir) {
        requireGit();
        // git runs in several directories: every path it is given must mean the same everywhere
        var root = dir.toAbsolutePath().normalize();
        var repository = new DemoRepository(root);
        if (!Files.exists(root.resolve(READY_MARK))) {
            deleteTree(root);
            repository.create(root);
        }
        return repository;
    }

    /** The clone the agent deploys. */
    Path deployClone() {
        return deploy;
    }

    /** Commits the next version upstream (a real commit the agent's git-pull will bring). */
    synchronized Release release() {
        var version = "1.0." + git(author, "rev-list", "--count", "HEAD");
        write(author.resolve("VERSION"), version + "\n");
        commit("Release " + version);
        git(author, "push", "-q", "origin", "main");
        return new Release(version, git(author, "rev-parse", "HEAD"));
    }

    private void create(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the playground directory " + root, e);
        }
        git(root, "init", "-q", "--bare", "-b", "main", upstream.toString());
        git(root, "clone", "-q", upstream.toString(), author.toString());
        git(author, "checkout", "-q", "-b", "main");
        write(author.resolve("README.md"), "# demo\n\nThe project the synckit playground deploys.\n");
        write(author.resolve("VERSION"), "1.0.0\n");
        write(author.resolve("scripts/build.sh"), step("compiling", "built"));
        write(author.resolve("scripts/test.sh"), step("running 12 tests", "12 passed"));
        write(author.resolve("scripts/restart.sh"), step("stopping the demo server", "started version $(cat VERSION)"));
        commit("First version");
        git(author, "push", "-q", "-u", "origin", "main");
        git(root, "clone", "-q", upstream.toString(), deploy.toString());
        write(root.resolve(READY_MARK), "");
    }

    /** A script that takes a moment and says what it does, so that a person sees a step run. */
    private static String step(String doing, String done) {
        return "#!/bin/sh\nset -e\necho \"" + doing + "...\"\nsleep 1\necho \"" + done + "\"\n";
    }

    private void commit(String message) {
        git(author, "add", "-A");
        var args = new ArrayList<>(IDENTITY);
        args.addAll(List.of("commit", "-q", "-m", message));
        git(author, args.toArray(String[]::new));
    }

    private static void requireGit() {
        try {
            run(Path.of("."), List.of("git", "--version"));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the playground needs git on the PATH (install it, e.g. apt-get install "
                    + "git), or set DISCORD_TOKEN to run with Discord instead: " + e.getMessage(), e);
        }
    }

    private static String git(Path dir, String... args) {
        var command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    private static String run(Path dir, List<String> command) {
        try {
            var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // read beside the wait, so that a git that hangs with its pipe open still meets the timeout
            var output = new CompletableFuture<String>();
            Thread.ofVirtual().name("git-output").start(() -> output.complete(readAll(process)));
            if (!process.waitFor(GIT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + GIT_WAIT);
            }
            var text = output.get(GIT_WAIT.toSeconds(), TimeUnit.SECONDS).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + text);
            }
            return text;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the output of " + String.join(" ", command), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String readAll(Process process) {
        try (var in = process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the half-made playground directory " + root, e);
        }
    }
}
