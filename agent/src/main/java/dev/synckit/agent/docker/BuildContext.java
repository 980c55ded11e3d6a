package dev.synckit.agent.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A build context directory as the tar stream the engine reads: regular files, directories and symlinks (not
 * followed) with their permission bits, in name order, minus what {@code .dockerignore} excludes. The Dockerfile
 * and the {@code .dockerignore} itself are always sent, as the docker CLI does.
 */
final class BuildContext implements EngineRequest.Writer {

    private static final Set<String> ALWAYS_SENT = Set.of("Dockerfile", ".dockerignore");

    private final Path root;
    private final DockerIgnore ignore;

    private BuildContext(Path root, DockerIgnore ignore) {
        this.root = root;
        this.ignore = ignore;
    }

    /** The context at {@code root}, an existing directory; reads its {@code .dockerignore} now. */
    static BuildContext of(Path root) throws IOException {
        Path ignoreFile = root.resolve(".dockerignore");
        DockerIgnore ignore = Files.isRegularFile(ignoreFile)
                ? DockerIgnore.parse(Files.readString(ignoreFile)) : DockerIgnore.none();
        return new BuildContext(root, ignore);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        TarWriter tar = new TarWriter(out);
        walk(root, tar);
        tar.finish();
    }

    private void walk(Path dir, TarWriter tar) throws IOException {
        for (Path child : sortedChildren(dir)) {
            String name = root.relativize(child).toString().replace('\\', '/');
            BasicFileAttributes attrs = local(() -> Files.readAttributes(child, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS), child);
            boolean excluded = !ALWAYS_SENT.contains(name) && ignore.excludes(name);
            long mtime = attrs.lastModifiedTime().toInstant().getEpochSecond();
            if (attrs.isDirectory()) {
                if (!excluded) {
                    tar.directory(name, mode(child, 0755), mtime);
                }
                if (!excluded || ignore.hasExceptions()) {
                    walk(child, tar);
                }
            } else if (excluded) {
                continue;
            } else if (attrs.isSymbolicLink()) {
                tar.symlink(name, local(() -> Files.readSymbolicLink(child), child).toString(), mtime);
            } else if (attrs.isRegularFile()) {
                try (InputStream content = new SourceInput(local(() -> Files.newInputStream(child), child), child)) {
                    tar.file(name, mode(child, Files.isExecutable(child) ? 0755 : 0644), attrs.size(), mtime,
                            content);
                }
            }
            // sockets, pipes and devices have no place in an image context
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        return local(() -> {
            try (Stream<Path> children = Files.list(dir)) {
                return children.sorted().toList();
            }
        }, dir);
    }

    private static int mode(Path path, int fallback) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix == null) {
            return fallback;
        }
        Set<PosixFilePermission> permissions = local(() -> posix.readAttributes().permissions(), path);
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 0400 >> permission.ordinal();
        }
        return mode;
    }

    private static <T> T local(LocalRead<T> read, Path path) throws EngineRequest.SourceFailure {
        try {
            return read.get();
        } catch (IOException e) {
            throw new EngineRequest.SourceFailure("cannot read the build context at " + path + ": " + e, e);
        }
    }

    @FunctionalInterface
    private interface LocalRead<T> {
        T get() throws IOException;
    }

    /** Marks read failures of a context file as the source's, not the connection's. */
    private static final class SourceInput extends InputStream {
        private final InputStream in;
        private final Path path;

        SourceInput(InputStream in, Path path) {
            this.in = in;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            return local(in::read, path);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return local(() -> in.read(b, off, len), path);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
