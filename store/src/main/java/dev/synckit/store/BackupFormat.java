package dev.synckit.store;

import java.util.List;

/**
 * The backup file, version 1: gzip'd JSON lines. First a header ({@link Header}); then, for each table in the
 * header's order, a line {@code {"table":"name"}} followed by one JSON array per row (values in the header's column
 * order); last {@code {"end":{"table":rows,…}}}. A file without that last line, or whose counts differ, is cut
 * short or damaged and restores nothing.
 */
final class BackupFormat {

    static final String FORMAT = "synckit-backup";
    static final int VERSION = 1;
    static final String TABLE = "table";
    static final String END = "end";

    private BackupFormat() {
    }

    /** The first line: what wrote the file, from which schema, and the layout of every table in it. */
    record Header(String format, int formatVersion, String synckitVersion, String schemaVersion, String database,
            String createdAt, List<TableLayout> tables) {
    }

    record TableLayout(String name, List<StoreTable.Column> columns) {
    }
}
