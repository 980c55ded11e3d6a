package dev.synckit.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's values travel in a backup file: as JSON that reads back equal on H2 and PostgreSQL. A column of a
 * type not listed here stops the backup with its name, so that a new migration cannot lose data silently.
 */
enum ColumnKind {
    TEXT, INTEGER, BOOLEAN, DECIMAL, TIMESTAMP_TZ, TIMESTAMP, DATE, BYTES;

    /** The kind of a column as {@link java.sql.DatabaseMetaData#getColumns} describes it. */
    static ColumnKind of(String table, String column, int jdbcType, String typeName) {
        var name = typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.CLOB -> TEXT;
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT -> INTEGER;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            // PostgreSQL's driver reports timestamptz as a plain TIMESTAMP
            case Types.TIMESTAMP -> name.equals("timestamptz") || name.contains("with time zone") ? TIMESTAMP_TZ
                    : TIMESTAMP;
            case Types.DATE -> DATE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            default -> throw new IllegalStateException("backup cannot carry column " + table + "." + column
                    + " of type " + typeName + " (JDBC type " + jdbcType + "); teach ColumnKind this type");
        };
    }

    /** Writes column {@code index} of the current row as one JSON value. */
    void copy(ResultSet rows, int index, JsonGenerator out) throws SQLException, IOException {
        switch (this) {
            case TEXT -> writeNullable(out, rows.getString(index));
            case INTEGER -> {
                var value = rows.getLong(index);
                if (rows.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case BOOLEAN -> {
                var value = rows.getBoolean(index);
                if (rows.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(value);
                }
            }
            case DECIMAL -> {
                var value = rows.getBigDecimal(index);
                writeNullable(out, value == null ? null : value.toPlainString());
            }
            case TIMESTAMP_TZ -> {
                var value = rows.getObject(index, OffsetDateTime.class);
                writeNullable(out, value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toString());
            }
            case TIMESTAMP -> {
                var value = rows.getObject(index, LocalDateTime.class);
                writeNullable(out, value == null ? null : value.toString());
            }
            case DATE -> {
                var value = rows.getObject(index, LocalDate.class);
                writeNullable(out, value == null ? null : value.toString());
            }
            case BYTES -> {
                var value = rows.getBytes(index);
                writeNullable(out, value == null ? null : Base64.getEncoder().encodeToString(value));
            }
        }
    }

    /**
     * Binds one JSON value of a backup row to parameter {@code index}.
     *
     * @throws IllegalArgumentException when the value does not fit the kind (a damaged file)
     */
    void bind(JsonNode value, PreparedStatement insert, int index) throws SQLException {
        if (value.isNull()) {
            insert.setNull(index, sqlType());
            return;
        }
        switch (this) {
            case TEXT -> insert.setString(index, text(value));
            case INTEGER -> {
                if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                    throw new IllegalArgumentException("expected an integer, found " + value.getNodeType());
                }
                insert.setLong(index, value.longValue());
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("expected true or false, found " + value.getNodeType());
                }
                insert.setBoolean(index, value.booleanValue());
            }
            case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(text(value)));
            case TIMESTAMP_TZ -> insert.setObject(index, OffsetDateTime.parse(text(value)));
            case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(text(value)));
            case DATE -> insert.setObject(index, LocalDate.parse(text(value)));
            case BYTES -> insert.setBytes(index, Base64.getDecoder().decode(text(value)));
        }
    }

    private int sqlType() {
        return switch (this) {
            case TEXT -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case BOOLEAN -> Types.BOOLEAN;
            case DECIMAL -> Types.NUMERIC;
            case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case DATE -> Types.DATE;
            case BYTES -> Types.VARBINARY;
        };
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("expected a string, found " + value.getNodeType());
        }
        return value.textValue();
    }

    private static void writeNullable(JsonGenerator out, String value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value);
        }
    }
}
