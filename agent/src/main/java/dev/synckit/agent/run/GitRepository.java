package dev.synckit.agent.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The git work tree of a pipeline. Revisions come from {@code git rev-parse}, never from git's English output.
 * Git never prompts ({@code GIT_TERMINAL_PROMPT=0}): a missing credential fails at once instead of hanging.
 */
public final class GitRepository {

    static final Map<String, String> GIT_ENV = Map.of("GIT_TERMINAL_PROMPT", "0");

    private final CommandRunner runner;

    public GitRepository(CommandRunner runner) {
        this.runner = runner;
    }

    /** git-pull: the default branch's upstream, or {@code ref} fetched and checked out detached (rollback). */
    public StepOutcome pull(Path repo, String ref, Consumer<String> out, StepContext ctx)
            throws IOException, InterruptedException {
        String owner = ctx.deploymentId();
        String before = revision(repo, "HEAD", ctx.remaining()).orElse(null);
        if (before == null) {
            return StepOutcome.failure(repo + " is not a git work tree with a commit");
        }
        if (ref == null) {
            if (revision(repo, "--symbolic-full-name HEAD", ctx.remaining()).filter(s -> s.startsWith("refs/")).isEmpty()) {
                var branch = revision(repo, "--abbrev-ref origin/HEAD", ctx.remaining())
                        .map(s -> s.substring(s.indexOf('/') + 1));
                if (branch.isEmpty()) {
                    return StepOutcome.failure("HEAD is detached and origin/HEAD names no default branch");
                }
                var back = git(owner, repo, List.of("checkout", "-q", branch.get()), out, ctx.remaining());
                if (!back.succeeded()) {
                    return failed("git checkout " + branch.get(), back, ctx);
                }
            }
            var pull = git(owner, repo, List.of("pull", "--ff-only"), out, ctx.remaining());
            if (!pull.succeeded()) {
                return failed("git pull", pull, ctx);
            }
        } else {
            var fetch = git(owner, repo, List.of("fetch", "--tags", "origin"), out, ctx.remaining());
            if (!fetch.succeeded()) {
                return failed("git fetch", fetch, ctx);
            }
            var target = revision(repo, "origin/" + ref + "^{commit}", ctx.remaining())
                    .or(() -> uncheckedRevision(repo, ref + "^{commit}", ctx.remaining()));
            if (target.isEmpty()) {
                return StepOutcome.failure("unknown ref \"" + ref + "\"");
            }
            var checkout = git(owner, repo, List.of("checkout", "-q", "--detach", target.get()), out, ctx.remaining());
            if (!checkout.succeeded()) {
                return failed("git checkout " + ref, checkout, ctx);
            }
        }
        String after = revision(repo, "HEAD", ctx.remaining()).orElse(before);
        return StepOutcome.revisions(before, after);
    }

    /**
     * Fetches and answers the revision the checked-out branch would move to; empty when HEAD is detached (a
     * rollback pinned it) or the fetch failed.
     */
    public Optional<String> upstreamRevision(Path repo, Consumer<String> out, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var fetch = git(null, repo, List.of("fetch", "origin"), out, timeout);
        if (!fetch.succeeded()) {
            return Optional.empty();
        }
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        return revision(repo, "@{upstream}", left);
    }

    /** The full hash {@code rev-parse} answers for {@code spec}, or empty. */
    public Optional<String> revision(Path repo, String spec, Duration timeout) throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of("rev-parse", "--verify", "-q"));
        args.addAll(List.of(spec.split(" ")));
        var lines = new ArrayList<String>();
        var result = git(null, repo, args, lines::add, timeout);
        return result.succeeded() && !lines.isEmpty() ? Optional.of(lines.getFirst().strip()) : Optional.empty();
    }

    private Optional<String> uncheckedRevision(Path repo, String spec, Duration timeout) {
        try {
            return revision(repo, spec, timeout);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private CommandRunner.Result git(String deploymentId, Path repo, List<String> args, Consumer<String> out,
                                     Duration timeout) throws IOException, InterruptedException {
        var command = new ArrayList<String>(args.size() + 1);
        command.add("git");
        command.addAll(args);
        return runner.run(deploymentId, command, repo, GIT_ENV, timeout, out);
    }

    private static StepOutcome failed(String what, CommandRunner.Result result, StepContext ctx) {
        return StepOutcome.failure(result.timedOut()
                ? what + " timed out" : what + " failed: exit code " + result.exitCode());
    }
}
