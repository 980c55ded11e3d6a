package dev.synckit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One value for a set of migrations: the location, its history table, and every file under the location (its name
 * and the SHA-256 of its bytes), read straight from the jar or directory. Equal values mean Flyway would find
 * nothing to do, so a start on an up-to-date schema need not pay for Flyway's scan and validation.
 *
 * @param value hex SHA-256 over the location, the history table and the sorted files
 */
record MigrationFingerprint(String value) {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    /**
     * The fingerprint of a Flyway location ({@code classpath:…}, {@code filesystem:…}, or a bare classpath path),
     * or none when its files cannot be listed here or none were found (then Flyway always runs).
     */
    static Optional<MigrationFingerprint> of(ClassLoader loader, String location, String historyTable) {
        try {
            var files = new TreeMap<String, String>();
            if (location.startsWith(FILESYSTEM)) {
                addDirectory(Path.of(location.substring(FILESYSTEM.length())), files);
            } else {
                var path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
                path = path.replaceFirst("^/+", "").replaceFirst("/+$", "");
                for (var url : Collections.list(loader.getResources(path))) {
                    if (!add(url, path, files)) {
                        return Optional.empty();
                    }
                }
            }
            // nothing found is no proof of nothing there (a jar without directory entries): let Flyway look
            return files.isEmpty() ? Optional.empty()
                    : Optional.of(new MigrationFingerprint(digest(location, historyTable, files)));
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Adds the files under one resource URL; false for a kind of URL this cannot list. */
    private static boolean add(URL url, String path, Map<String, String> files) throws IOException,
            URISyntaxException {
        switch (url.getProtocol()) {
            case "file" -> addDirectory(Path.of(url.toURI()), files);
            case "jar" -> {
                var connection = (JarURLConnection) url.openConnection();
                // our own handle, closed here: the class loader's stays as it is
                connection.setUseCaches(false);
                var prefix = path + "/";
                try (var jar = connection.getJarFile()) {
                    for (var entry : Collections.list(jar.entries())) {
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            try (var in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(prefix.length()), sha256(in));
                            }
                        }
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void addDirectory(Path directory, Map<String, String> files) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                try (var in = Files.newInputStream(file)) {
                    files.put(directory.relativize(file).toString().replace('\\', '/'), sha256(in));
                }
            }
        }
    }

    private static String digest(String location, String historyTable, Map<String, String> files) {
        var text = new StringBuilder(location).append('\n').append(historyTable).append('\n');
        files.forEach((name, hash) -> text.append(name).append(' ').append(hash).append('\n'));
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(InputStream in) throws IOException {
        var digest = sha256();
        var buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
