package dev.synckit.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A bare upstream and a clone of it, made and changed with the real git. */
public final class GitFixture {

    private final Path upstream;
    private final Path author;
    private final Path clone;

    public GitFixture(Path root) throws IOException, InterruptedException {
        this.upstream = root.resolve("upstream.git");
        this.author = root.resolve("author");
        this.clone = root.resolve("clone");
        git(root, "init", "-q", "--bare", "-b", "main", upstream.toString());
        git(root, "clone", "-q", upstream.toString(), author.toString());
        git(author, "checkout", "-q", "-b", "main");
        commit("first");
        git(author, "push", "-q", "origin", "main");
        git(root, "clone", "-q", upstream.toString(), clone.toString());
    }

    /** The clone the agent deploys. */
    public Path clone() {
        return clone;
    }

    /** Commits a change upstream and answers its full hash. */
    public String push(String message) throws IOException, InterruptedException {
        String hash = commit(message);
        git(author, "push", "-q", "origin", "main");
        return hash;
    }

    public String cloneHead() throws IOException, InterruptedException {
        return git(clone, "rev-parse", "HEAD");
    }

    private String commit(String message) throws IOException, InterruptedException {
        Files.writeString(author.resolve("file.txt"), message + "\n");
        git(author, "add", "file.txt");
        git(author, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
        return git(author, "rev-parse", "HEAD");
    }

    public static String git(Path dir, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
