package dev.synckit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a backup file ({@link BackupFormat}) line by line and says, with the file and line, why one is not a
 * backup, is damaged, or is cut short.
 */
final class BackupReader implements AutoCloseable {

    private final Path file;
    private final BufferedReader lines;
    private final BackupFormat.Header header;
    private long lineNumber;
    private JsonNode pushedBack;

    private BackupReader(Path file, BufferedReader lines) {
        this.file = file;
        this.lines = lines;
        this.header = readHeader();
    }

    static BackupReader open(Path file) {
        BufferedReader lines;
        try {
            lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new BackupFileException("no such backup file: " + file);
        } catch (AccessDeniedException e) {
            throw new BackupFileException("cannot read " + file + ": permission denied");
        } catch (ZipException | EOFException e) {
            throw new BackupFileException(file + " is not a synckit backup (not a gzip file)");
        } catch (IOException e) {
            throw new BackupFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new BackupReader(file, lines);
        } catch (RuntimeException e) {
            closeQuietly(lines, e);
            throw e;
        }
    }

    BackupFormat.Header header() {
        return header;
    }

    /** The next line must open {@code table}'s rows. */
    void expectTable(String table) {
        var line = next().orElseThrow(this::cutShort);
        if (!line.isObject() || !table.equals(line.path(BackupFormat.TABLE).asText(null))) {
            throw damaged("expected the rows of table " + table);
        }
    }

    /** The next row of the current table, or empty at the table's end. */
    Optional<JsonNode> nextRow() {
        var line = next().orElseThrow(this::cutShort);
        if (line.isArray()) {
            return Optional.of(line);
        }
        pushedBack = line;
        return Optional.empty();
    }

    /** The rows per table the end line announces; the file must end right after it. */
    Map<String, Long> end() {
        var line = next().orElseThrow(this::cutShort);
        var counts = line.path(BackupFormat.END);
        if (!counts.isObject()) {
            throw damaged("expected the end line");
        }
        var rows = new LinkedHashMap<String, Long>();
        for (var entry : counts.properties()) {
            if (!entry.getValue().canConvertToLong()) {
                throw damaged("the row count of " + entry.getKey() + " is not a number");
            }
            rows.put(entry.getKey(), entry.getValue().longValue());
        }
        // reading to the end also checks the gzip trailer: a damaged byte anywhere shows here at the latest
        if (next().isPresent()) {
            throw damaged("lines after the end line");
        }
        return rows;
    }

    BackupFileException damaged(String why) {
        return new BackupFileException(file + " is damaged at line " + lineNumber + ": " + why);
    }

    private BackupFileException cutShort() {
        return new BackupFileException(file + " is cut short after line " + lineNumber
                + " (it ends before its end line): the backup was not completely written or copied");
    }

    private BackupFormat.Header readHeader() {
        var line = next().orElseThrow(() -> new BackupFileException(file + " is empty, not a synckit backup"));
        if (!BackupFormat.FORMAT.equals(line.path("format").asText(null))) {
            throw new BackupFileException(file + " is not a synckit backup (its first line has no \"format\":\""
                    + BackupFormat.FORMAT + "\")");
        }
        var version = line.path("formatVersion").asInt(-1);
        if (version != BackupFormat.VERSION) {
            throw new BackupFileException(file + " is a synckit backup of format version " + version
                    + "; this synckit reads version " + BackupFormat.VERSION);
        }
        try {
            var parsed = WireJson.mapper().treeToValue(line, BackupFormat.Header.class);
            if (parsed.schemaVersion() == null || parsed.tables() == null || parsed.createdAt() == null) {
                throw damaged("the header lacks schemaVersion, createdAt or tables");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw damaged("unreadable header: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw damaged("unreadable header: " + e.getMessage());
        }
    }

    private Optional<JsonNode> next() {
        if (pushedBack != null) {
            var line = pushedBack;
            pushedBack = null;
            return Optional.of(line);
        }
        String text;
        try {
            text = lines.readLine();
        } catch (EOFException e) {
            throw cutShort();
        } catch (ZipException e) {
            throw new BackupFileException(file + " is damaged after line " + lineNumber + " (" + e.getMessage()
                    + "): it was changed or broken after it was written");
        } catch (IOException e) {
            throw new BackupFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text == null) {
            return Optional.empty();
        }
        lineNumber++;
        try {
            return Optional.of(WireJson.mapper().readTree(text));
        } catch (JsonProcessingException e) {
            throw damaged("not JSON: " + e.getOriginalMessage());
        }
    }

    private static void closeQuietly(BufferedReader lines, RuntimeException cause) {
        try {
            lines.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new BackupFileException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
