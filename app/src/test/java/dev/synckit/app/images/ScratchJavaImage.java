package dev.synckit.app.images;

import dev.synckit.store.testing.RequiredEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * A Java runtime image built FROM scratch, standing in for {@code eclipse-temurin:25-jre} where no registry is
 * reachable: a jlink of the JDK running the test (with its CDS archive, which the service's AppCDS builds on), the
 * shared libraries {@code ldd} says it needs, busybox as {@code /bin/sh} and its applets, and git for the agent.
 */
final class ScratchJavaImage {

    /** What the two jars use (jdeps), rounded up to the whole SE platform as the JRE image has it. */
    private static final String MODULES = "java.se,jdk.unsupported,jdk.management,jdk.httpserver,jdk.zipfs,jdk.net,"
            + "jdk.naming.dns";
    private static final Pattern LIBRARY = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");
    private static final String DOCKERFILE = """
            FROM scratch
            COPY rootfs/ /
            ENV PATH=/opt/java/bin:/bin:/usr/bin JAVA_HOME=/opt/java
            """;

    private ScratchJavaImage() {
    }

    static void build(DockerCli docker, Path dir, String tag) throws IOException, InterruptedException {
        var rootfs = dir.resolve("rootfs");
        var java = rootfs.resolve("opt/java");
        Files.createDirectories(java.getParent());
        jlink(java);
        // only for -XX:-UseCompressedOops, which nothing here uses: every layer of this engine copies it again
        Files.deleteIfExists(java.resolve("lib/server/classes_nocoops.jsa"));
        var busybox = RequiredEnvironment.requireCommand("busybox", "apt-get install busybox-static");
        var git = RequiredEnvironment.requireCommand("git", "apt-get install git");
        var binaries = new ArrayList<>(List.of(java.resolve("bin/java"), git));
        try (Stream<Path> files = Files.walk(java.resolve("lib"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".so")).forEach(binaries::add);
        }
        var libraries = sharedLibraries(binaries);
        libraries.removeIf(library -> library.normalize().startsWith(java));
        for (var library : libraries) {
            copy(library, rootfs.resolve(library.toString().substring(1)));
        }
        copy(git, rootfs.resolve("usr/bin/git"));
        copy(busybox, rootfs.resolve("bin/busybox"));
        for (var applet : command(busybox.toString(), "--list").split("\n")) {
            var link = rootfs.resolve("bin").resolve(applet.strip());
            if (!applet.isBlank() && Files.notExists(link)) {
                Files.createSymbolicLink(link, Path.of("busybox"));
            }
        }
        var tmp = Files.createDirectories(rootfs.resolve("tmp"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\n");
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        docker.ok(Duration.ofSeconds(180), "build", "-q", "-t", tag, dir.toString());
    }

    private static void jlink(Path output) {
        var jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new AssertionError("the JDK has no jlink"));
        var log = new StringWriter();
        int exit = jlink.run(new PrintWriter(log), new PrintWriter(log), "--add-modules", MODULES, "--strip-debug",
                "--no-man-pages", "--no-header-files", "--generate-cds-archive", "--output", output.toString());
        if (exit != 0) {
            throw new AssertionError("jlink failed:\n" + log);
        }
    }

    /** Every library the binaries load as {@code ldd} resolves it here: the loader and the runtime's own included. */
    private static TreeSet<Path> sharedLibraries(List<Path> binaries) throws IOException, InterruptedException {
        var libraries = new TreeSet<Path>();
        for (var binary : binaries) {
            var matcher = LIBRARY.matcher(command("ldd", binary.toString()));
            while (matcher.find()) {
                libraries.add(Path.of(matcher.group(1)));
            }
        }
        return libraries;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from.toRealPath(), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static String command(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
