package dev.synckit.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes the lines of a backup file ({@link BackupFormat}) as they come, without holding a table in memory. */
final class BackupWriter implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final GZIPOutputStream zip;
    private final JsonGenerator json;

    BackupWriter(OutputStream out) throws IOException {
        this.zip = new GZIPOutputStream(out, BUFFER);
        this.json = WireJson.mapper().getFactory().createGenerator(zip, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void header(BackupFormat.Header header) throws IOException {
        WireJson.mapper().writeValue(json, header);
        newLine();
    }

    void tableStart(String table) throws IOException {
        json.writeStartObject();
        json.writeStringField(BackupFormat.TABLE, table);
        json.writeEndObject();
        newLine();
    }

    /** The current row of {@code rows}, whose columns are {@code columns} in order. */
    void row(ResultSet rows, List<StoreTable.Column> columns) throws IOException, SQLException {
        json.writeStartArray();
        for (var index = 0; index < columns.size(); index++) {
            columns.get(index).kind().copy(rows, index + 1, json);
        }
        json.writeEndArray();
        newLine();
    }

    void end(Map<String, Long> rows) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart(BackupFormat.END);
        for (var entry : rows.entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        newLine();
    }

    private void newLine() throws IOException {
        json.writeRaw('\n');
    }

    /**
     * Flushes and writes the gzip trailer (its CRC is how a reader finds a damaged file), leaving the stream open to
     * its owner.
     */
    @Override
    public void close() throws IOException {
        json.close();
        zip.finish();
        zip.flush();
    }
}
