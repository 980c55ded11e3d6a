package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build context tar, read back by GNU tar: what a real reader sees is what the engine sees. */
class BuildContextTest {

    private static final String LONG_DIR = "a-directory-name-of-sixty-characters-to-force-the-prefix-fie/"
            + "and-another-one-of-sixty-characters-to-force-the-prefix-fiel";
    private static final String LONG_FILE = "f".repeat(120) + ".txt";

    @TempDir
    Path context;
    @TempDir
    Path out;

    @Test
    void filesDirectoriesSymlinksAndModesComeBackAsTheyWere() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write("run.sh", "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(context.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
        write("sub/dir/data.bin", "x".repeat(70_000));
        Files.createSymbolicLink(context.resolve("link"), Path.of("run.sh"));
        Files.createSymbolicLink(context.resolve("dangling"), Path.of("/nowhere/" + "t".repeat(120)));
        write(LONG_DIR + "/deep.txt", "deep");
        write(LONG_FILE, "long");
        Files.createDirectories(context.resolve("empty"));

        Path extracted = extract(tarOf(context));

        assertEquals(List.of("Dockerfile", "dangling", "empty", "link", "run.sh", "sub", "sub/dir", "sub/dir/data.bin",
                LONG_DIR.substring(0, LONG_DIR.indexOf('/')), LONG_DIR, LONG_DIR + "/deep.txt", LONG_FILE).stream()
                .sorted().toList(), listing(extracted));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(extracted.resolve("run.sh"))));
        assertEquals("x".repeat(70_000), Files.readString(extracted.resolve("sub/dir/data.bin")));
        assertEquals(Path.of("run.sh"), Files.readSymbolicLink(extracted.resolve("link")));
        assertEquals(Path.of("/nowhere/" + "t".repeat(120)), Files.readSymbolicLink(extracted.resolve("dangling")));
        assertEquals("deep", Files.readString(extracted.resolve(LONG_DIR + "/deep.txt")));
        assertEquals("long", Files.readString(extracted.resolve(LONG_FILE)));
        assertEquals(Files.getLastModifiedTime(context.resolve("run.sh")).toInstant().getEpochSecond(),
                Files.getLastModifiedTime(extracted.resolve("run.sh")).toInstant().getEpochSecond());
    }

    @Test
    void dockerignoreLeavesOutWhatItNamesButNeverTheDockerfile() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write(".dockerignore", """
                # build output and secrets stay home
                *.log
                !keep.log
                secrets
                **/cache
                /Dockerfile
                .git
                """);
        write("app.log", "noise");
        write("keep.log", "kept");
        write("src/main.go", "package main");
        write("src/debug.log", "kept: *.log matches at the top only");
        write("secrets/token", "s3cr3t");
        write("src/cache/blob", "cached");
        write(".git/HEAD", "ref: main");

        Path extracted = extract(tarOf(context));

        assertEquals(List.of(".dockerignore", "Dockerfile", "keep.log", "src", "src/debug.log", "src/main.go"),
                listing(extracted));
    }

    @Test
    void dockerignoreExceptionsReachIntoExcludedDirectories() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write(".dockerignore", "docs\n!docs/README.md\n");
        write("docs/README.md", "readme");
        write("docs/internal.md", "internal");

        Path extracted = extract(tarOf(context));

        assertTrue(Files.exists(extracted.resolve("docs/README.md")));
        assertFalse(Files.exists(extracted.resolve("docs/internal.md")));
    }

    @Test
    void globsMatchLikeTheDockerCli() {
        DockerIgnore ignore = DockerIgnore.parse("a/*/c\nfile?.txt\n[bd]ir\n**/*.tmp\n./dist/\n");

        assertTrue(ignore.excludes("a/b/c"));
        assertTrue(ignore.excludes("a/b/c/inside"));
        assertFalse(ignore.excludes("a/b/x/c"));
        assertTrue(ignore.excludes("file1.txt"));
        assertFalse(ignore.excludes("file10.txt"));
        assertTrue(ignore.excludes("dir"));
        assertFalse(ignore.excludes("cir"));
        assertTrue(ignore.excludes("x.tmp"));
        assertTrue(ignore.excludes("deep/down/x.tmp"));
        assertTrue(ignore.excludes("dist/bundle.js"));
    }

    private void write(String name, String content) throws IOException {
        Path file = context.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Path tarOf(Path dir) throws IOException {
        Path tar = out.resolve("context.tar");
        try (OutputStream stream = Files.newOutputStream(tar)) {
            BuildContext.of(dir).writeTo(stream);
        }
        return tar;
    }

    private Path extract(Path tar) throws Exception {
        Path target = Files.createDirectories(out.resolve("extracted"));
        Process process = new ProcessBuilder("tar", "-xpf", tar.toString(), "-C", target.toString())
                .redirectErrorStream(true).start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "tar finished");
        assertEquals(0, process.exitValue(), "tar read the archive without complaint: " + messages);
        assertEquals("", messages, "tar had nothing to warn about");
        return target;
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString()).sorted()
                    .toList();
        }
    }
}
