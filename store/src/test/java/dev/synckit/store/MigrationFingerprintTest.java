package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of a migration set, read from a directory or from a jar as the service jar holds them. */
class MigrationFingerprintTest {

    private static final String LOCATION = "classpath:db/gadgets";
    private static final Map<String, String> MIGRATIONS = Map.of(
            "V1__gadgets.sql", "CREATE TABLE gadget (name VARCHAR(64));\n",
            "V2__sprockets.sql", "CREATE TABLE sprocket (name VARCHAR(64));\n");

    @TempDir
    Path tmp;

    @Test
    void theSameFilesGiveTheSameFingerprintFromADirectoryOrAJar() throws Exception {
        var fromDirectory = fingerprint(directory("classes", MIGRATIONS));
        var fromJar = fingerprint(jar("gadgets.jar", MIGRATIONS, true));

        assertTrue(fromDirectory.isPresent());
        assertEquals(fromDirectory, fromJar);
        assertEquals(64, fromJar.orElseThrow().value().length());
    }

    @Test
    void aChangedOrAddedMigrationOrAnotherHistoryTableChangesIt() throws Exception {
        var before = fingerprint(jar("before.jar", MIGRATIONS, true));
        var changed = fingerprint(jar("changed.jar", Map.of(
                "V1__gadgets.sql", "CREATE TABLE gadget (label VARCHAR(64));\n",
                "V2__sprockets.sql", MIGRATIONS.get("V2__sprockets.sql")), true));
        var added = fingerprint(directory("added", Map.of(
                "V1__gadgets.sql", MIGRATIONS.get("V1__gadgets.sql"),
                "V2__sprockets.sql", MIGRATIONS.get("V2__sprockets.sql"),
                "V3__widgets.sql", "CREATE TABLE widget (name VARCHAR(64));\n")));

        assertNotEquals(before, changed);
        assertNotEquals(fingerprint(directory("same", MIGRATIONS)), added);
        try (var loader = new URLClassLoader(new URL[] {jar("other.jar", MIGRATIONS, true).toUri().toURL()}, null)) {
            assertNotEquals(before, MigrationFingerprint.of(loader, LOCATION, "other_history"));
        }
    }

    @Test
    void whatCannotBeListedHasNoFingerprintSoFlywayRuns() throws Exception {
        assertEquals(Optional.empty(), fingerprint(jar("no-directory-entries.jar", MIGRATIONS, false)));
        assertEquals(Optional.empty(), fingerprint(directory("empty", Map.of())));
        assertEquals(Optional.empty(), MigrationFingerprint.of(getClass().getClassLoader(),
                "filesystem:" + tmp.resolve("nowhere"), "app_schema_history"));
    }

    private Optional<MigrationFingerprint> fingerprint(Path classpathEntry) throws IOException {
        try (var loader = new URLClassLoader(new URL[] {classpathEntry.toUri().toURL()}, null)) {
            return MigrationFingerprint.of(loader, LOCATION, "app_schema_history");
        }
    }

    private Path directory(String name, Map<String, String> files) throws IOException {
        var location = Files.createDirectories(tmp.resolve(name).resolve("db/gadgets"));
        for (var file : files.entrySet()) {
            Files.writeString(location.resolve(file.getKey()), file.getValue());
        }
        return tmp.resolve(name);
    }

    /** A jar as a build writes it: with entries for its directories, or (as some tools write them) without. */
    private Path jar(String name, Map<String, String> files, boolean directoryEntries) throws IOException {
        var jar = tmp.resolve(name);
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (directoryEntries) {
                out.putNextEntry(new JarEntry("db/"));
                out.putNextEntry(new JarEntry("db/gadgets/"));
            }
            for (var file : new TreeMap<>(files).entrySet()) {
                out.putNextEntry(new JarEntry("db/gadgets/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
