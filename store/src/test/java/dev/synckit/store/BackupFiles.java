package dev.synckit.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Backup files altered the way a person or a bad copy might. */
final class BackupFiles {

    private BackupFiles() {
    }

    /** A copy of {@code file} whose first line has {@code from} replaced by {@code to}. */
    static Path withHeader(Path file, Path copy, String from, String to) throws IOException {
        String text;
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var firstLineEnd = text.indexOf('\n');
        var header = text.substring(0, firstLineEnd);
        if (!header.contains(from)) {
            throw new IllegalArgumentException("the header has no " + from + ": " + header);
        }
        try (var out = new GZIPOutputStream(Files.newOutputStream(copy))) {
            out.write((header.replace(from, to) + text.substring(firstLineEnd)).getBytes(StandardCharsets.UTF_8));
        }
        return copy;
    }
}
