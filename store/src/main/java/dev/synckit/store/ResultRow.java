package dev.synckit.store;

import io.helidon.dbclient.DbRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One result row, read by lower-case column name: H2 reports unquoted names in upper case, PostgreSQL in lower
 * case, and DB Client's look-up is case-sensitive.
 */
record ResultRow(Map<String, Object> values) {

    static ResultRow of(DbRow row) {
        var values = new HashMap<String, Object>();
        // get(Object.class) is the null-safe read: get() and asOptional() throw on SQL NULL
        row.forEach(column -> values.put(column.name().toLowerCase(Locale.ROOT), column.get(Object.class)));
        return new ResultRow(values);
    }

    String text(String column) {
        return (String) required(column);
    }

    Optional<String> optionalText(String column) {
        return Optional.ofNullable((String) values.get(column));
    }

    long number(String column) {
        return ((Number) required(column)).longValue();
    }

    boolean bool(String column) {
        return (Boolean) required(column);
    }

    Instant instant(String column) {
        return toInstant(required(column));
    }

    Optional<Instant> optionalInstant(String column) {
        return Optional.ofNullable(values.get(column)).map(ResultRow::toInstant);
    }

    private Object required(String column) {
        var value = values.get(column);
        if (value == null) {
            throw new IllegalStateException("store: column " + column + " is null or missing in " + values.keySet());
        }
        return value;
    }

    /** H2 answers TIMESTAMP WITH TIME ZONE as OffsetDateTime, PostgreSQL's driver as Timestamp. */
    private static Instant toInstant(Object value) {
        return switch (value) {
            case OffsetDateTime time -> time.toInstant();
            case Timestamp time -> time.toInstant();
            case ZonedDateTime time -> time.toInstant();
            case Instant time -> time;
            default -> throw new IllegalStateException("store: not a timestamp: " + value.getClass().getName());
        };
    }
}
